using Jobportunities.Core.Organisations;
using C = Jobportunities.Core.Intake.ReferralCsvColumns;

namespace Jobportunities.Core.Intake;

/// <summary>The checks of a CSV row's fields that need more than one line.</summary>
internal static class ReferralCsvFieldChecks
{
    public static string? Programme(string? code, IReadOnlyCollection<string> programmeCodes, List<CsvProblem> problems)
    {
        if (code is null)
        {
            if (programmeCodes.Count == 1)
            {
                return programmeCodes.First();
            }

            problems.Add(new CsvProblem(CsvProblems.Missing, C.Programme));
            return null;
        }

        var known = programmeCodes.FirstOrDefault(p => string.Equals(p, code, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            problems.Add(new CsvProblem(CsvProblems.UnknownProgramme, Echo(code)));
        }

        return known;
    }

    public static DateOnly? BirthDate(string? text, DateOnly today, List<CsvProblem> problems)
    {
        if (text is null)
        {
            problems.Add(new CsvProblem(CsvProblems.Missing, C.BirthDate));
            return null;
        }

        if (!ReferralRules.TryParseDate(text, out var date))
        {
            problems.Add(new CsvProblem(CsvProblems.BadDate, C.BirthDate));
            return null;
        }

        if (!Common.PersonRules.IsPlausibleBirthDate(date, today))
        {
            problems.Add(new CsvProblem(CsvProblems.ImplausibleBirthDate));
        }

        return date;
    }

    public static (string? Country, string? Postcode) Address(string? country, string? postcode, List<CsvProblem> problems)
    {
        if (country is null)
        {
            problems.Add(new CsvProblem(CsvProblems.Missing, C.Country));
        }
        else if (!Countries.IsSupported(country))
        {
            problems.Add(new CsvProblem(CsvProblems.UnknownCountry, Echo(country)));
            country = null;
        }
        else
        {
            country = Countries.Normalise(country);
        }

        if (postcode is null)
        {
            problems.Add(new CsvProblem(CsvProblems.Missing, C.Postcode));
        }
        else if (country is not null && !Programmes.Postcode.TryParse(postcode, country, out _))
        {
            problems.Add(new CsvProblem(CsvProblems.BadPostcode, country));
        }

        return (country, postcode);
    }

    /// <summary>A value quoted back in a message, kept short.</summary>
    public static string Echo(string value) => value.Length > 30 ? value[..30] + "…" : value;
}
