namespace Jobportunities.Core.Programmes;

/// <summary>Codes of unmet conditions; the API returns them and the UI translates them.</summary>
public static class EligibilityConditions
{
    public const string Region = "region";
    public const string Age = "age";
    public const string Benefit = "benefit";
    public const string WwEnd = "ww-end";
}
