using System.Diagnostics;

namespace Jobportunities.LoadHarness;

/// <summary>The Release build of the app as its own process on a loopback port, with the harness's reference page on.</summary>
public sealed class AppProcess(Process process) : IDisposable
{
    public static AppProcess Start(string root, string databaseFile, int port)
    {
        var web = Path.Combine(root, "src", "Jobportunities.Web");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "bin", "Release", "net10.0", "Jobportunities.Web.dll"), "--contentRoot", web])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Demo accounts are refused in Production (published password) and Production asks staff for a
        // second factor, so the harness runs as Development with the generated data only: no demo
        // participants or employers on top, and the Release build.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__SeedDemoParticipants"] = "false";
        start.Environment["Database__SeedDemoEmployers"] = "false";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={databaseFile}";
        start.Environment["Database__SeedDemoData"] = "true";
        start.Environment["LoadHarness__ReferenceEndpoint"] = "true";
        start.Environment["Logging__File__Path"] = "";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["RateLimiting__PublicFormPerMinute"] = "100000000";
        start.Environment["RateLimiting__ApiPerMinute"] = "100000000";
        start.Environment["DurableChecks__RunDailyJob"] = "false"; // no background writes during the rounds
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Echo(e.Data, errorsOnly: true);
        process.ErrorDataReceived += (_, e) => Echo(e.Data, errorsOnly: false);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process);
    }

    private static void Echo(string? line, bool errorsOnly)
    {
        if (line is not null && (!errorsOnly || line.Contains("[ERR]", StringComparison.Ordinal) || line.Contains("[FTL]", StringComparison.Ordinal)))
        {
            Console.WriteLine("// app: " + line);
        }
    }

    /// <summary>The app process's working set (resident memory) now, in bytes.</summary>
    public long WorkingSet()
    {
        process.Refresh();
        return process.WorkingSet64;
    }

    public async Task WaitHealthyAsync(string baseUrl)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped with exit code {process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The app did not answer /health within 10 minutes.");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }
}
