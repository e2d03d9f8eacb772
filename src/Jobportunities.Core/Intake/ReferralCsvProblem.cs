namespace Jobportunities.Core.Intake;

/// <summary>
/// Why a CSV file or row was refused: a code and at most one argument (a column name, a value,
/// a line number). The UI translates it; the stored report keeps it as "Code" or "Code:Argument".
/// </summary>
public sealed record CsvProblem(string Code, string? Argument = null)
{
    public override string ToString() => Argument is null ? Code : $"{Code}:{Argument.Replace('|', '/')}";

    public static CsvProblem Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new CsvProblem(text) : new CsvProblem(text[..colon], text[(colon + 1)..]);
    }
}

/// <summary>The problem codes; the texts are "Referrals.Csv.{Code}" in the resources.</summary>
public static class CsvProblems
{
    // Whole file
    public const string Empty = nameof(Empty);
    public const string NoRows = nameof(NoRows);
    public const string TooLarge = nameof(TooLarge);
    public const string TooManyRows = nameof(TooManyRows);
    public const string WrongEncoding = nameof(WrongEncoding);
    public const string MissingColumns = nameof(MissingColumns);
    public const string UnknownColumns = nameof(UnknownColumns);
    public const string DuplicateColumns = nameof(DuplicateColumns);
    public const string NoProgramme = nameof(NoProgramme);

    // One row
    public const string Missing = nameof(Missing);
    public const string TooLong = nameof(TooLong);
    public const string TooManyFields = nameof(TooManyFields);
    public const string QuoteNotClosed = nameof(QuoteNotClosed);
    public const string BadDate = nameof(BadDate);
    public const string ImplausibleBirthDate = nameof(ImplausibleBirthDate);
    public const string ContactRequired = nameof(ContactRequired);
    public const string BadEmail = nameof(BadEmail);
    public const string BadBsn = nameof(BadBsn);
    public const string BsnNotForCountry = nameof(BsnNotForCountry);
    public const string BadPhone = nameof(BadPhone);
    public const string UnknownCountry = nameof(UnknownCountry);
    public const string BadPostcode = nameof(BadPostcode);
    public const string UnknownBenefit = nameof(UnknownBenefit);
    public const string UnknownProgramme = nameof(UnknownProgramme);
    public const string BadConsent = nameof(BadConsent);
    public const string DuplicateInFile = nameof(DuplicateInFile);

    /// <summary>Not a refusal: an accepted row whose candidate does not meet a condition (region, age, benefit).</summary>
    public const string Unmet = nameof(Unmet);
}
