using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Jobportunities.BrowserTests.Infrastructure;

/// <summary>One error of the Nu HTML Checker, mapped back to the address the page came from.</summary>
/// <remarks><see cref="Url"/> is the address (or label) the caller gave the page; <see cref="SavedAs"/> the saved file vnu read.</remarks>
public sealed record HtmlError(string Url, string SavedAs, int? Line, string Message, string? Extract);

/// <summary>
/// The Nu HTML Checker (vnu.jar from npm's <c>vnu-jar</c>, pinned in <c>vnu/package.json</c> next to this
/// project, installed by <c>tools/test.sh</c> with <c>npm ci</c>), run with the machine's Java over a folder
/// of saved pages in one go. Only errors count; warnings and info are not asked for.
/// </summary>
public static class HtmlChecker
{
    /// <summary>The jar inside the project's own npm folder, or a failure that says how to install it.</summary>
    public static string JarPath()
    {
        var jar = Path.Combine(BrowserFixture.ProjectFolder(), "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (!File.Exists(jar))
        {
            throw new InvalidOperationException($"vnu.jar is missing at {jar}: run `npm ci` in tests/Jobportunities.BrowserTests/vnu (tools/test.sh does).");
        }

        return jar;
    }

    /// <summary>Saves each page as a numbered .html file in a fresh temp folder, checks them all and returns the errors per page address.</summary>
    public static async Task<IReadOnlyList<HtmlError>> CheckAsync(IReadOnlyList<(string Url, string Html)> pages)
    {
        var folder = Directory.CreateTempSubdirectory("jp-vnu-");
        try
        {
            var urls = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < pages.Count; i++)
            {
                var file = Path.Combine(folder.FullName, $"page-{i:D4}.html");
                await File.WriteAllTextAsync(file, pages[i].Html, Encoding.UTF8);
                urls[Path.GetFileName(file)] = pages[i].Url;
            }

            var output = await RunAsync(JarPath(), folder.FullName);
            return Parse(output, urls);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string jar, string folder)
    {
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-Xss4m", "-jar", jar, "--errors-only", "--format", "json", "--exit-zero-always", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start java (tools/test.sh installs default-jre-headless).");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // vnu writes its report to standard error.
        var report = (await standardError).Trim();
        if (process.ExitCode != 0 || !report.StartsWith('{'))
        {
            throw new InvalidOperationException($"vnu.jar failed (exit {process.ExitCode}): {report} {await standardOutput}");
        }

        return report;
    }

    private static List<HtmlError> Parse(string json, IReadOnlyDictionary<string, string> urls)
    {
        using var document = JsonDocument.Parse(json);
        var errors = new List<HtmlError>();
        foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.GetProperty("type").GetString();
            var subType = message.TryGetProperty("subType", out var s) ? s.GetString() : null;
            if (type != "error" && !(type == "non-document-error") && subType != "fatal")
            {
                continue;
            }

            // vnu names the file as "file:/tmp/…/page-0000.html"; the name is all that matters.
            var file = message.TryGetProperty("url", out var u) ? Path.GetFileName(u.GetString() ?? "") : "";
            errors.Add(new HtmlError(
                urls.TryGetValue(file, out var url) ? url : file,
                file,
                message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : null,
                message.GetProperty("message").GetString() ?? "",
                message.TryGetProperty("extract", out var extract) ? extract.GetString() : null));
        }

        return errors;
    }
}
