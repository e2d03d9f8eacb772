using System.Text;

namespace Jobportunities.Core.Intake;

/// <summary>
/// Reads and validates a referrer's CSV upload row by row, without touching the database: UTF-8
/// (with or without BOM), delimiter ; or , taken from the header line, limits of 5 MB and
/// 20,000 data rows. Line numbers are physical lines, the header being line 1.
/// </summary>
public static class ReferralCsvParser
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 20_000;

    /// <param name="programmeCodes">The programmes the referrer works in; only these are accepted.</param>
    public static ReferralCsvFile Parse(byte[] content, IReadOnlyCollection<string> programmeCodes, DateOnly today)
    {
        if (content.Length == 0)
        {
            return Refuse(new CsvProblem(CsvProblems.Empty));
        }

        if (content.Length > MaxBytes)
        {
            return Refuse(new CsvProblem(CsvProblems.TooLarge));
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (ArgumentException)
        {
            // DecoderFallbackException: Latin-1 or Windows-1252 bytes such as a lone 0xFC for ü.
            return Refuse(new CsvProblem(CsvProblems.WrongEncoding));
        }

        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return Refuse(new CsvProblem(CsvProblems.Empty));
        }

        var delimiter = ReferralCsvText.DetectDelimiter(text.TrimStart());
        using var records = ReferralCsvText.Read(text, delimiter).Where(r => !r.IsBlank || r.QuoteNotClosed).GetEnumerator();
        if (!records.MoveNext())
        {
            return Refuse(new CsvProblem(CsvProblems.Empty));
        }

        var header = records.Current;
        var (columns, headerProblems) = ReadHeader(header, programmeCodes.Count == 1);
        if (headerProblems.Count > 0)
        {
            return new ReferralCsvFile(headerProblems, []);
        }

        var validator = new ReferralCsvRowValidator(columns, header.Fields.Count, programmeCodes, today);
        var rows = new List<ReferralCsvRow>();
        while (records.MoveNext())
        {
            if (rows.Count == MaxRows)
            {
                return Refuse(new CsvProblem(CsvProblems.TooManyRows, MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            rows.Add(validator.Validate(records.Current));
        }

        return rows.Count == 0 ? Refuse(new CsvProblem(CsvProblems.NoRows)) : new ReferralCsvFile([], rows);
    }

    private static ReferralCsvFile Refuse(CsvProblem problem) => new([problem], []);

    private static (Dictionary<string, int> Columns, List<CsvProblem> Problems) ReadHeader(CsvRecord header, bool singleProgramme)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<string>();
        var duplicates = new List<string>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (name.Length == 0)
            {
                continue; // a trailing delimiter, as spreadsheets write them
            }

            var known = ReferralCsvColumns.All.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                unknown.Add(name);
            }
            else if (!columns.TryAdd(known, i))
            {
                duplicates.Add(known);
            }
        }

        var missing = ReferralCsvColumns.All
            .Where(c => ReferralCsvColumns.Required.Contains(c) || (c == ReferralCsvColumns.Programme && !singleProgramme))
            .Where(c => !columns.ContainsKey(c))
            .ToList();

        var problems = new List<CsvProblem>();
        if (missing.Count > 0)
        {
            problems.Add(new CsvProblem(CsvProblems.MissingColumns, string.Join(", ", missing)));
        }

        if (unknown.Count > 0)
        {
            problems.Add(new CsvProblem(CsvProblems.UnknownColumns, string.Join(", ", unknown.Select(u => u.Length > 40 ? u[..40] + "…" : u))));
        }

        if (duplicates.Count > 0)
        {
            problems.Add(new CsvProblem(CsvProblems.DuplicateColumns, string.Join(", ", duplicates.Distinct())));
        }

        return (columns, problems);
    }
}
