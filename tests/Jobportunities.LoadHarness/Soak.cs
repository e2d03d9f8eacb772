using System.Diagnostics;
using System.Globalization;

namespace Jobportunities.LoadHarness;

/// <summary>
/// The soak (`--soak 600`, `--soak-warmup 180`): every page in turn under wrk at the chosen connections,
/// round after round. First the warm-up rounds (until `--soak-warmup` seconds have passed): a fresh
/// process compiles most of its code in its first minutes (tiered JIT), which is a one-time growth and
/// not what the soak looks for. Then the measured soak of `--soak` seconds. The app's working set is
/// sampled every second; a round's figure is the median of its samples (one sample swings by tens of
/// megabytes with the garbage collector's young generation). Target: the last round's figure at most
/// 10 % above the first measured round's, and 0 errors over the whole run.
/// </summary>
public static class Soak
{
    public static async Task RunAsync(string baseUrl, IReadOnlyList<HarnessPage> pages, HarnessOptions options, AppProcess app)
    {
        Console.WriteLine($"// soak: {options.SoakWarmupSeconds} s warm-up, then {options.SoakSeconds} s over {pages.Count} pages, {options.Seconds} s each, wrk -t1 -c{options.Connections}; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        var clock = Stopwatch.StartNew();
        long requests = 0, errors = 0;
        var warmupRounds = 0;
        while (clock.Elapsed.TotalSeconds < options.SoakWarmupSeconds || warmupRounds == 0)
        {
            warmupRounds++;
            var (median, roundRequests, roundErrors) = await RoundAsync(baseUrl, pages, options, app);
            errors += roundErrors;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// warm-up round {warmupRounds} at {clock.Elapsed.TotalSeconds:0} s: working set {median / 1048576.0:0.0} MB (median), {roundRequests:N0} requests, errors so far {errors}"));
        }

        var soak = Stopwatch.StartNew();
        var figures = new List<long>();
        while (soak.Elapsed.TotalSeconds < options.SoakSeconds || figures.Count == 0)
        {
            var (median, roundRequests, roundErrors) = await RoundAsync(baseUrl, pages, options, app);
            requests += roundRequests;
            errors += roundErrors;
            figures.Add(median);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// soak round {figures.Count} at {soak.Elapsed.TotalSeconds:0} s: working set {median / 1048576.0:0.0} MB (median), {roundRequests:N0} requests, errors so far {errors}"));
        }

        var first = figures[0];
        var end = figures[^1];
        var growth = (end - first) * 100.0 / first;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Soak {soak.Elapsed.TotalMinutes:0.0} min after {warmupRounds} warm-up rounds, {figures.Count} rounds, about {requests:N0} requests, wrk -t1 -c{options.Connections}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Working set per round (median, MB): {string.Join(", ", figures.Select(f => (f / 1048576.0).ToString("0", CultureInfo.InvariantCulture)))}"));
        Console.WriteLine();
        Console.WriteLine("| working set, first round | last round | highest round | growth | errors | target | holds |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | --- | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {first / 1048576.0:0.0} MB | {end / 1048576.0:0.0} MB | {figures.Max() / 1048576.0:0.0} MB | {growth:0.0} % | {errors} | < 10 % growth, 0 errors | {(growth < 10 && errors == 0 ? "yes" : "NO")} |"));
    }

    /// <summary>One round over every page; the working set sampled every second meanwhile (its median), the requests and the errors.</summary>
    private static async Task<(long Median, long Requests, long Errors)> RoundAsync(string baseUrl, IReadOnlyList<HarnessPage> pages, HarnessOptions options, AppProcess app)
    {
        using var stop = new CancellationTokenSource();
        var samples = new List<long>();
        var sampler = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            while (await timer.WaitForNextTickAsync(CancellationToken.None) && !stop.IsCancellationRequested)
            {
                samples.Add(app.WorkingSet());
            }
        });
        long requests = 0, errors = 0;
        foreach (var page in pages)
        {
            // Take the cookie the app renewed, as a browser does (see Program.cs).
            var run = page.Cookie is null ? page : page with { Cookie = await Scenario.RenewAsync(baseUrl, page.Cookie, page.Path) };
            var result = await Wrk.RunAsync(baseUrl, run, options);
            requests += (long)(result.RequestsPerSecond * options.Seconds);
            errors += result.Errors;
        }

        await stop.CancelAsync();
        await sampler;
        samples.Add(app.WorkingSet());
        samples.Sort();
        return (samples[samples.Count / 2], requests, errors);
    }
}
