using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Jobportunities.LoadHarness;

public sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Errors);

/// <summary>Runs wrk once for one page and reads its summary (requests/s, latency percentiles, errors).</summary>
public static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(string baseUrl, HarnessPage page, HarnessOptions options)
    {
        var args = new List<string> { "-t1", $"-c{options.Connections}", $"-d{options.Seconds}s", "--latency", "--timeout", "10s" };
        if (page.Cookie is not null)
        {
            args.AddRange(["-H", "Cookie: " + page.Cookie]);
        }

        if (page.Script is not null)
        {
            args.AddRange(["-s", page.Script]);
        }

        args.Add(baseUrl + page.Path);
        var start = new ProcessStartInfo("wrk", args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var errors = Number(NonSuccess(), output) + SocketErrors().Matches(output).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        return new WrkResult(Number(RequestsPerSecond(), output), Latency("50", output), Latency("99", output), (long)errors);
    }

    private static double Number(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    private static double Latency(string percentile, string output)
    {
        var m = Regex.Match(output, $@"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!m.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrors();
}
