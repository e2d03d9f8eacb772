using System.Globalization;

namespace Jobportunities.LoadHarness;

/// <summary>The one table: medians over the rounds, each page's ratio to the reference page, and the targets.</summary>
public static class Report
{
    public static void Print(IReadOnlyList<HarnessPage> pages, IReadOnlyDictionary<string, List<WrkResult>> results, HarnessOptions options)
    {
        var reference = Median(results[pages.Single(p => p.IsReference).Name].Select(r => r.RequestsPerSecond));
        Console.WriteLine();
        Console.WriteLine($"Scale {options.Scale:N0} participants, {options.Rounds} rounds × {options.Seconds} s after {options.WarmupRounds} warm-up rounds, wrk -t1 -c{options.Connections}, medians");
        Console.WriteLine();
        Console.WriteLine("| page | req/s | p50 ms | p99 ms | errors | ratio to reference | target | holds |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        foreach (var page in pages)
        {
            var runs = results[page.Name];
            var rps = Median(runs.Select(r => r.RequestsPerSecond));
            var ratio = reference > 0 ? rps / reference : 0;
            var errors = runs.Sum(r => r.Errors);
            var (target, holds) = page switch
            {
                { MinRatio: { } min } => ($"≥ {min:0.0#}× reference", ratio >= min),
                { MinPerSecond: { } min } => ($"≥ {min:N0}/s, 0 errors", rps >= min && errors == 0),
                _ => ("–", true),
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {page.Name} | {rps:N0} | {Median(runs.Select(r => r.P50Ms)):0.0} | {Median(runs.Select(r => r.P99Ms)):0.0} | {errors} | {ratio:0.00} | {target} | {(target == "–" ? "" : holds ? "yes" : "NO")} |"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
