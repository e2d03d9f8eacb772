namespace Jobportunities.Core.Programmes;

/// <summary>
/// A person's current income support. The API spells these in lower case (none, ww, bijstand,
/// sgb2, sgb3, other); see <see cref="BenefitSituations"/>.
/// </summary>
public enum BenefitSituation
{
    /// <summary>No benefit at all: the "stille reserve".</summary>
    None = 0,

    /// <summary>Dutch unemployment insurance (Werkloosheidswet).</summary>
    Ww = 1,

    /// <summary>Dutch social assistance (Participatiewet).</summary>
    Bijstand = 2,

    /// <summary>German Bürgergeld (SGB II).</summary>
    Sgb2 = 3,

    /// <summary>German Arbeitslosengeld (SGB III).</summary>
    Sgb3 = 4,

    Other = 5,
}
