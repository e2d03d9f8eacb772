namespace Jobportunities.Core.Intake;

/// <summary>The column names of a referral CSV file (case-insensitive, any order).</summary>
public static class ReferralCsvColumns
{
    public const string ExternalReference = "externalReference";
    public const string Programme = "programme";
    public const string GivenName = "givenName";
    public const string FamilyName = "familyName";
    public const string BirthDate = "birthDate";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Postcode = "postcode";
    public const string Country = "country";
    public const string Benefit = "benefit";
    public const string Reason = "reason";
    public const string ConsentToShare = "consentToShare";

    /// <summary>Optional; NL candidates only (<see cref="Intake.Bsn"/>).</summary>
    public const string Bsn = "bsn";

    public static readonly IReadOnlyList<string> All =
        [ExternalReference, Programme, GivenName, FamilyName, BirthDate, Email, Phone, Postcode, Country, Benefit, Reason, ConsentToShare, Bsn];

    /// <summary>Programme is required too, unless the referrer works in exactly one programme.</summary>
    public static readonly IReadOnlyList<string> Required =
        [ExternalReference, GivenName, FamilyName, BirthDate, Email, Phone, Postcode, Country, Benefit, Reason];
}

/// <summary>A valid row, ready to be stored as a referral.</summary>
public sealed record ReferralCsvData(string ExternalReference, string ProgrammeCode, CandidateDetails Details, string Reason, bool ConsentToShare, string? Bsn = null)
{
    /// <summary>Records print their members; a BSN must never reach a log line.</summary>
    public override string ToString() => $"ReferralCsvData {{ ExternalReference = {ExternalReference} }}";
}

/// <summary>One data row: its line in the file, and either its data or every reason it was refused.</summary>
public sealed record ReferralCsvRow(int Line, ReferralCsvData? Data, IReadOnlyList<CsvProblem> Problems)
{
    public bool IsValid => Data is not null;
}

/// <summary>The file's verdict: problems that make the whole file unreadable, or its rows.</summary>
public sealed record ReferralCsvFile(IReadOnlyList<CsvProblem> FileProblems, IReadOnlyList<ReferralCsvRow> Rows)
{
    public bool IsReadable => FileProblems.Count == 0;
}
