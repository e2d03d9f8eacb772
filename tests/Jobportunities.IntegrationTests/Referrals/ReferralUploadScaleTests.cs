using System.Diagnostics;
using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Jobportunities.IntegrationTests.Referrals.ReferralTestKit;

namespace Jobportunities.IntegrationTests.Referrals;

/// <summary>Runs alone (no other test classes at the same time), so the time it prints is its own.</summary>
[CollectionDefinition(nameof(ReferralUploadScaleTests), DisableParallelization = true)]
public sealed class ReferralUploadScaleCollection;

[Collection(nameof(ReferralUploadScaleTests))]
public class ReferralUploadScaleTests(AppFactory factory, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TwentyThousandRows_AreQueued_ThenStoredByTheWorker_WithTheProgressPageInBetween()
    {
        var client = factory.Browser("de");
        client.Timeout = TimeSpan.FromMinutes(5); // speed is measured by hand (docs/performance.md), not asserted
        await client.SignInAsync(Verweiser);
        var p = Unique();
        var rows = Enumerable.Range(1, ReferralCsvParser.MaxRows).Select(i =>
            $"{p}-{i};Kandidat{i};Muster;{new DateOnly(1960, 1, 1).AddDays(i % 15_000):dd.MM.yyyy};k{i}@example.de;;48527;DE;none;Langzeitarbeitslos;{(i % 2 == 0 ? "ja" : "nein")}");
        var content = Csv([Header.Replace("programme;", ""), .. rows]); // Nordhorn works in one programme: the column may be left out

        var (id, waiting) = await client.UploadToReportAsync(content);

        Assert.Contains($"0 von {ReferralCsvParser.MaxRows} Zeilen", Text(waiting));
        Assert.Contains("http-equiv=\"refresh\"", waiting);
        var list = Text(await client.GetPageAsync("/referrals"));
        Assert.Contains($"Wird verarbeitet: 0 von {ReferralCsvParser.MaxRows} Zeilen", list);
        var early = await client.GetAsync($"/referrals/uploads/{id}/report.csv");
        Assert.Equal($"/referrals/uploads/{id}", early.Headers.Location?.ToString());

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var stored = await factory.Services.GetRequiredService<ReferralUploadWorker>().RunOnceAsync();
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu; // the whole test process: an upper bound, and it does not grow with the machine's load
        output.WriteLine($"{ReferralCsvParser.MaxRows:N0} rows stored by the worker in {watch.Elapsed.TotalSeconds:0.0} s (process CPU {cpu.TotalSeconds:0.0} s)");

        Assert.Equal(1, stored);
        var page = await client.GetPageAsync($"/referrals/uploads/{id}");
        Assert.Contains($"<dd id=\"count-accepted\">{ReferralCsvParser.MaxRows}</dd>", page);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page);
        await using var scope = factory.Db();
        var agentur = await scope.Context.Organisations.SingleAsync(o => o.Name == "Agentur für Arbeit Nordhorn");
        Assert.Equal(ReferralCsvParser.MaxRows, await scope.Context.Applications.CountAsync(a => a.OrganisationId == agentur.Id && a.ExternalReference!.StartsWith(p + "-")));
        var shared = scope.Context.ConsentRecords.Where(c => c.Purpose == ConsentPurpose.ShareWithReferrer && c.Given && c.Method == ConsentMethod.PartnerSystem
            && scope.Context.Applications.Any(a => a.Id == c.ApplicationId && a.ExternalReference!.StartsWith(p + "-")));
        Assert.Equal(ReferralCsvParser.MaxRows / 2, await shared.CountAsync());
        Assert.Equal(4 * ReferralCsvParser.MaxRows, await scope.Context.ConsentRecords.CountAsync(c => scope.Context.Applications.Any(a => a.Id == c.ApplicationId && a.ExternalReference!.StartsWith(p + "-"))));
        var upload = await scope.Context.ReferralUploads.SingleAsync(u => u.Id == id);
        Assert.Equal((ReferralUploadStatus.Done, ReferralCsvParser.MaxRows, ReferralCsvParser.MaxRows, null), (upload.Status, upload.Accepted, upload.Processed, upload.PendingContent));

        // Rows 15,001–20,000 share a birth date and a name pattern with no earlier row, so nothing is flagged
        // except where the rule says so: same birth date and same name or e-mail. None here.
        Assert.Equal(0, await scope.Context.Applications.CountAsync(a => a.ExternalReference!.StartsWith(p + "-") && a.PossibleDuplicateOfId != null));
    }
}
