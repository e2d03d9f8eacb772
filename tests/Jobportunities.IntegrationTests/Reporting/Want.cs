using System.Globalization;

namespace Jobportunities.IntegrationTests.Reporting;

/// <summary>
/// An expected figure as the page, the CSV file and the workbook show it. Hidden counts are written
/// as <see cref="Hidden"/> in the tests, with the real count in a comment, so the "&lt;5" rule shows.
/// </summary>
public sealed record Want(string Html, string Csv, string Xlsx)
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl");
    private static readonly CultureInfo Money = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A count of 1 to 4: "&lt;5" everywhere.</summary>
    public static readonly Want Hidden = new("<5", "<5", "<5");

    /// <summary>A figure that is not shown: a dash on the page, empty in the files.</summary>
    public static readonly Want None = new("—", "", "");

    /// <summary>A count of 0 or of 5 and more, shown as it is.</summary>
    public static Want Count(int n)
    {
        Assert.True(n is 0 or >= 5, $"{n} would be hidden: write Want.Hidden");
        return Plain(n);
    }

    /// <summary>A number that counts no one (a target).</summary>
    public static Want Plain(int n) => new(n.ToString("N0", Nl), n.ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture));

    public static Want Euro(decimal amount) =>
        new(amount.ToString("C0", Money).Replace('\u00a0', ' '), amount.ToString("0.00", Nl), amount.ToString(CultureInfo.InvariantCulture));

    public static Want Share(decimal part, decimal whole)
    {
        var share = (decimal)((double)part / (double)whole);
        return new((share * 100).ToString("N0", Nl) + "%", (share * 100).ToString("0.0", Nl), share.ToString(CultureInfo.InvariantCulture));
    }

    public static Want Text(string text) => new(text, text, text);

    /// <summary>A month's count of the trend: hidden when 1 to 4.</summary>
    public static Want Month(int n) => n is > 0 and < 5 ? Hidden : Count(n);

    public static implicit operator Want(int n) => Count(n);

    public string For(Output output) => output switch
    {
        Output.Html => Html,
        Output.Csv => Csv,
        _ => Xlsx,
    };
}

public enum Output
{
    Html,
    Csv,
    Xlsx,
}

public static class Expect
{
    /// <summary>The table titled <paramref name="title"/> has exactly these rows (footer included), in this order, with these figures.</summary>
    public static void Table(Dictionary<string, ReadTable> tables, Output output, string title, params (string Label, Want[] Cells)[] rows)
    {
        var key = output == Output.Xlsx && title.Length > 31 ? title[..31] : title;
        Assert.True(tables.TryGetValue(key, out var table), $"{output}: no table '{key}' among: {string.Join(" | ", tables.Keys)}");
        Assert.Equal(rows.Select(r => r.Label).ToList(), table!.Rows.Select(r => r.Label).ToList());
        foreach (var (label, cells) in rows)
        {
            var actual = table.Row(label);
            for (var i = 0; i < cells.Length; i++)
            {
                var want = cells[i].For(output);
                var got = actual[i];
                if (output == Output.Xlsx && decimal.TryParse(want, NumberStyles.Number, CultureInfo.InvariantCulture, out var w) && w != 0 && w < 1)
                {
                    // A share: compare to 4 decimals.
                    Assert.Equal(decimal.Round(w, 4), decimal.Round(decimal.Parse(got, CultureInfo.InvariantCulture), 4));
                }
                else if (output == Output.Xlsx && decimal.TryParse(want, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    Assert.True(decimal.TryParse(got, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value == number, $"{output} {title} / {label} [{i}]: want {want}, got '{got}'");
                }
                else
                {
                    Assert.True(want == got, $"{output} {title} / {label} [{i}]: want '{want}', got '{got}'");
                }
            }
        }
    }

    public static (string, Want[]) Row(string label, params Want[] cells) => (label, cells);
}
