namespace Jobportunities.Core.Reporting;

/// <summary>Eurostat's degree of urbanisation (DEGURBA) of a municipality (LAU).</summary>
public enum UrbanisationClass
{
    /// <summary>Densely populated areas.</summary>
    Cities = 1,

    /// <summary>Intermediate density areas.</summary>
    TownsAndSuburbs = 2,

    /// <summary>Thinly populated areas: what ESF+ indicator EECO17 counts.</summary>
    RuralAreas = 3,
}
