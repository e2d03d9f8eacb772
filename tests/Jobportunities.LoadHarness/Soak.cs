using System.Diagnostics;
using System.Globalization;

namespace Jobportunities.LoadHarness;

/// <summary>
/// The soak (`--soak 600`): every page in turn under wrk at the chosen connections, round after round,
/// until the time is up; the app's working set is sampled after the first (warm-up) round and at the
/// end. Target: growth under 10 % and 0 errors.
/// </summary>
public static class Soak
{
    public static async Task RunAsync(string baseUrl, IReadOnlyList<HarnessPage> pages, HarnessOptions options, AppProcess app)
    {
        Console.WriteLine($"// soak: {options.SoakSeconds} s over {pages.Count} pages, {options.Seconds} s each, wrk -t1 -c{options.Connections}; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        var clock = Stopwatch.StartNew();
        long requests = 0, errors = 0, warm = 0, peak = 0;
        var round = 0;
        while (clock.Elapsed.TotalSeconds < options.SoakSeconds || round == 0)
        {
            round++;
            foreach (var page in pages)
            {
                // Take the cookie the app renewed, as a browser does (see Program.cs).
                var run = page.Cookie is null ? page : page with { Cookie = await Scenario.RenewAsync(baseUrl, page.Cookie, page.Path) };
                var result = await Wrk.RunAsync(baseUrl, run, options);
                requests += (long)(result.RequestsPerSecond * options.Seconds);
                errors += result.Errors;
            }

            var now = app.WorkingSet();
            peak = Math.Max(peak, now);
            if (round == 1)
            {
                warm = now;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// soak round {round} at {clock.Elapsed.TotalSeconds:0} s: working set {now / 1048576.0:0.0} MB, errors so far {errors}"));
        }

        var end = app.WorkingSet();
        var growth = warm > 0 ? (end - warm) * 100.0 / warm : 0;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Soak {clock.Elapsed.TotalMinutes:0.0} min, {round} rounds, about {requests:N0} requests, wrk -t1 -c{options.Connections}"));
        Console.WriteLine();
        Console.WriteLine("| working set after round 1 | at the end | peak | growth | errors | target | holds |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | --- | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {warm / 1048576.0:0.0} MB | {end / 1048576.0:0.0} MB | {peak / 1048576.0:0.0} MB | {growth:0.0} % | {errors} | < 10 % growth, 0 errors | {(growth < 10 && errors == 0 ? "yes" : "NO")} |"));
    }
}
