using System.Globalization;
using Jobportunities.Core.Common;
using Jobportunities.Core.Programmes;
using C = Jobportunities.Core.Intake.ReferralCsvColumns;

namespace Jobportunities.Core.Intake;

/// <summary>Checks one data row and names every problem, not only the first.</summary>
internal sealed class ReferralCsvRowValidator(
    IReadOnlyDictionary<string, int> columns,
    int headerFieldCount,
    IReadOnlyCollection<string> programmeCodes,
    DateOnly today)
{
    /// <summary>External reference → first line it appeared on; case-insensitive like SQL Server's collation.</summary>
    private readonly Dictionary<string, int> _seen = new(StringComparer.OrdinalIgnoreCase);

    public ReferralCsvRow Validate(CsvRecord record)
    {
        var problems = new List<CsvProblem>();
        if (record.QuoteNotClosed)
        {
            problems.Add(new CsvProblem(CsvProblems.QuoteNotClosed));
        }

        if (record.Fields.Count > headerFieldCount && record.Fields.Skip(headerFieldCount).Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            problems.Add(new CsvProblem(CsvProblems.TooManyFields));
        }

        string? Get(string column) =>
            columns.TryGetValue(column, out var i) && i < record.Fields.Count && !string.IsNullOrWhiteSpace(record.Fields[i]) ? record.Fields[i].Trim() : null;

        string? Required(string column, int maxLength)
        {
            var value = Get(column);
            if (value is null)
            {
                problems.Add(new CsvProblem(CsvProblems.Missing, column));
            }
            else if (value.Length > maxLength)
            {
                problems.Add(new CsvProblem(CsvProblems.TooLong, column));
            }

            return value;
        }

        var external = Required(C.ExternalReference, ReferralRules.ExternalReferenceMaxLength);
        if (external is not null && !_seen.TryAdd(external, record.Line))
        {
            problems.Add(new CsvProblem(CsvProblems.DuplicateInFile, _seen[external].ToString(CultureInfo.InvariantCulture)));
        }

        var programme = ReferralCsvFieldChecks.Programme(Get(C.Programme), programmeCodes, problems);
        var given = Required(C.GivenName, FieldLengths.Person.GivenName);
        var family = Required(C.FamilyName, FieldLengths.Person.FamilyName);
        var birthDate = ReferralCsvFieldChecks.BirthDate(Get(C.BirthDate), today, problems);
        var email = Get(C.Email);
        var phone = Get(C.Phone);
        if (email is null && phone is null)
        {
            problems.Add(new CsvProblem(CsvProblems.ContactRequired));
        }

        if (email is not null && !PersonRules.IsEmail(email))
        {
            problems.Add(new CsvProblem(CsvProblems.BadEmail));
        }

        if (phone is not null && !PersonRules.IsPhone(phone))
        {
            problems.Add(new CsvProblem(CsvProblems.BadPhone));
        }

        var (country, postcode) = ReferralCsvFieldChecks.Address(Get(C.Country), Get(C.Postcode), problems);
        var benefitCode = Get(C.Benefit);
        var benefit = BenefitSituation.None;
        if (benefitCode is null)
        {
            problems.Add(new CsvProblem(CsvProblems.Missing, C.Benefit));
        }
        else if (!BenefitSituations.TryParseCode(benefitCode, out benefit))
        {
            problems.Add(new CsvProblem(CsvProblems.UnknownBenefit, ReferralCsvFieldChecks.Echo(benefitCode)));
        }

        var reason = Required(C.Reason, ReferralRules.ReasonMaxLength);
        var consentText = Get(C.ConsentToShare);
        var consent = false;
        if (consentText is not null && !ReferralRules.TryParseYesNo(consentText, out consent))
        {
            problems.Add(new CsvProblem(CsvProblems.BadConsent, ReferralCsvFieldChecks.Echo(consentText)));
        }

        // The BSN is never echoed in a problem: the report is stored and shown.
        var bsnProblem = Intake.Bsn.Check(Get(C.Bsn), country ?? Get(C.Country), out var bsn);
        if (bsnProblem != BsnProblem.None)
        {
            problems.Add(new CsvProblem(bsnProblem == BsnProblem.NotForCountry ? CsvProblems.BsnNotForCountry : CsvProblems.BadBsn));
        }

        if (problems.Count > 0)
        {
            return new ReferralCsvRow(record.Line, null, problems);
        }

        var details = new CandidateDetails
        {
            GivenName = given!, FamilyName = family!, BirthDate = birthDate!.Value, Email = email, Phone = phone,
            Postcode = postcode!, Country = country!, Benefit = benefit,
        };
        return new ReferralCsvRow(record.Line, new ReferralCsvData(external!, programme!, details, reason!, consent, bsn), []);
    }
}
