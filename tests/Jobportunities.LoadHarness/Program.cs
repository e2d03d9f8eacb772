using Jobportunities.Benchmarks;
using Jobportunities.LoadHarness;
using Microsoft.Data.Sqlite;

// The load harness (docs/performance.md): a database at the chosen scale, the Release app on a
// loopback port, a cookie per role, wrk over every page in interleaved rounds, one table.
var options = HarnessOptions.Parse(args);
var root = Directory.GetCurrentDirectory();
var dbFile = Path.Combine(Path.GetTempPath(), $"jobportunities-load-{options.Scale}.db");
Console.WriteLine($"// database: {options.Scale:N0} participants in {dbFile}");
var work = Path.Combine(Path.GetTempPath(), $"jobportunities-load-{options.Scale}.work.db");
BenchmarkDatabase.EnsureFilled(dbFile, options.Scale);
SqliteConnection.ClearAllPools();
foreach (var leftover in new[] { work + "-wal", work + "-shm" })
{
    File.Delete(leftover); // a previous run's write-ahead log would be replayed onto the fresh copy
}

File.Copy(dbFile, work, overwrite: true); // every run starts from the same data

using var app = AppProcess.Start(root, work, options.Port);
var baseUrl = $"http://127.0.0.1:{options.Port}";
await app.WaitHealthyAsync(baseUrl);
await Scenario.GiveDemoStaffACaseloadAsync(work);

var pages = await Scenario.PagesAsync(baseUrl, work);
foreach (var problem in await Scenario.CheckAsync(baseUrl, pages))
{
    Console.WriteLine("// NOT 200: " + problem);
}

if (options.SoakSeconds > 0)
{
    await Soak.RunAsync(baseUrl, pages, options, app);
}
else if (!options.CheckOnly)
{
    Console.WriteLine($"// {pages.Count} pages, {options.WarmupRounds} warm-up and {options.Rounds} measured interleaved rounds of {options.Seconds} s, wrk -t1 -c{options.Connections}; machine: {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    var results = pages.ToDictionary(p => p.Name, _ => new List<WrkResult>());

    // The warm-up rounds are not counted: a fresh process compiles most of its code in its first
    // minutes (tiered JIT), and a first round measured the compiler as much as the pages.
    for (var round = 1 - options.WarmupRounds; round <= options.Rounds; round++)
    {
        foreach (var page in pages)
        {
            // Take the cookie the app renewed (security-stamp re-validation once a minute), as a browser does.
            var run = page.Cookie is null ? page : page with { Cookie = await Scenario.RenewAsync(baseUrl, page.Cookie, page.Path) };
            var result = await Wrk.RunAsync(baseUrl, run, options);
            if (round > 0)
            {
                results[page.Name].Add(result);
            }

            Console.WriteLine($"// {(round > 0 ? $"round {round}" : $"warm-up round {round + options.WarmupRounds}")} {page.Name}: {result.RequestsPerSecond:N0}/s, p50 {result.P50Ms:N1} ms, p99 {result.P99Ms:N1} ms, errors {result.Errors}");
        }
    }

    Report.Print(pages, results, options);
}
