using System.Diagnostics;
using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Jobportunities.IntegrationTests.Referrals.ReferralTestKit;

namespace Jobportunities.IntegrationTests.Referrals;

/// <summary>Runs alone (no other test classes at the same time), so the time it measures is its own.</summary>
[CollectionDefinition(nameof(ReferralUploadScaleTests), DisableParallelization = true)]
public sealed class ReferralUploadScaleCollection;

[Collection(nameof(ReferralUploadScaleTests))]
public class ReferralUploadScaleTests(AppFactory factory, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TenThousandRows_AreAllStored()
    {
        var client = factory.Browser();
        client.Timeout = TimeSpan.FromMinutes(5); // speed is measured by hand (docs/performance.md), not asserted
        await client.SignInAsync(Verweiser);
        var p = Unique();
        var rows = Enumerable.Range(1, 10_000).Select(i =>
            $"{p}-{i};Kandidat{i};Muster;{new DateOnly(1960, 1, 1).AddDays(i):dd.MM.yyyy};k{i}@example.de;;48527;DE;none;Langzeitarbeitslos;{(i % 2 == 0 ? "ja" : "nein")}");
        var content = Csv([Header.Replace("programme;", ""), .. rows]); // Nordhorn works in one programme: the column may be left out

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var (id, page) = await client.UploadToReportAsync(content);
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        output.WriteLine($"10,000 rows uploaded and stored in {watch.Elapsed.TotalSeconds:0.0} s ({cpu.TotalSeconds:0.0} s CPU)");

        Assert.Contains("<dd id=\"count-accepted\">10000</dd>", page);
        await using var scope = factory.Db();
        var agentur = await scope.Context.Organisations.SingleAsync(o => o.Name == "Agentur für Arbeit Nordhorn");
        Assert.Equal(10_000, await scope.Context.Applications.CountAsync(a => a.OrganisationId == agentur.Id && a.ExternalReference!.StartsWith(p + "-")));
        var shared = scope.Context.ConsentRecords.Where(c => c.Purpose == ConsentPurpose.ShareWithReferrer && c.Given && c.Method == ConsentMethod.PartnerSystem
            && scope.Context.Applications.Any(a => a.Id == c.ApplicationId && a.ExternalReference!.StartsWith(p + "-")));
        Assert.Equal(5_000, await shared.CountAsync());
        Assert.Equal(10_000, (await scope.Context.ReferralUploads.SingleAsync(u => u.Id == id)).Accepted);
    }
}
