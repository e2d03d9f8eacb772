using System.Net;
using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jobportunities.IntegrationTests.Referrals.ReferralTestKit;

namespace Jobportunities.IntegrationTests.Referrals;

/// <summary>The set-based path keeps the single referral's rules: duplicate flags, known references, consents; large files are queued.</summary>
public class ReferralUploadSetBasedTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task LikelyDuplicates_AreFlagged_AgainstEarlierRowsOfTheFile_AndExistingApplications()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        var p = Unique();
        await client.UploadToReportAsync(Csv(Header, Row(p + "-1", "Existing", "1971-03-04")));

        var (_, page) = await client.UploadToReportAsync(Csv(
            Header,
            Row(p + "-2", "Existing", "1971-03-04"),  // same name and birth date as the earlier upload
            Row(p + "-3", "Twin", "1982-07-09"),
            Row(p + "-4", "twin", "1982-07-09"),      // same as the row above, name in other case
            Row(p + "-5", "Other", "1982-07-09")));   // same birth date, other name and e-mail: not a duplicate

        Assert.Contains("<dd id=\"count-accepted\">4</dd>", page);
        await using var scope = factory.Db();
        var stored = await scope.Context.Applications.Where(a => a.ExternalReference!.StartsWith(p + "-"))
            .ToDictionaryAsync(a => a.ExternalReference!, a => (a.Id, a.PossibleDuplicateOfId));
        Assert.Equal(stored[p + "-1"].Id, stored[p + "-2"].PossibleDuplicateOfId);
        Assert.Equal(stored[p + "-3"].Id, stored[p + "-4"].PossibleDuplicateOfId);
        Assert.Equal(new int?[] { null, null, null }, new[] { stored[p + "-1"].PossibleDuplicateOfId, stored[p + "-3"].PossibleDuplicateOfId, stored[p + "-5"].PossibleDuplicateOfId });
    }

    [Fact]
    public async Task SameBsn_AsAnEarlierApplication_IsFlagged_EvenWithAnotherNameAndBirthDate()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        var p = Unique();
        await client.UploadToReportAsync(Csv(Header + ";bsn", Row(p + "-1", "Eerste", "1975-01-02") + ";111222333"));

        var (_, page) = await client.UploadToReportAsync(Csv(Header + ";bsn",
            Row(p + "-2", "Andere", "1988-08-08") + ";111222333",     // same BSN, nothing else the same
            Row(p + "-3", "Derde", "1989-09-09") + ";123456782"));    // another BSN: no duplicate

        Assert.Contains("<dd id=\"count-accepted\">2</dd>", page);
        await using var scope = factory.Db();
        var stored = await scope.Context.Applications.Where(a => a.ExternalReference!.StartsWith(p + "-"))
            .ToDictionaryAsync(a => a.ExternalReference!, a => (a.Id, a.PossibleDuplicateOfId));
        Assert.Equal(stored[p + "-1"].Id, stored[p + "-2"].PossibleDuplicateOfId);
        Assert.Null(stored[p + "-3"].PossibleDuplicateOfId);
    }

    [Fact]
    public async Task QueuedUpload_OfAnotherOrganisation_DoesNotExist_AndUploadingItAgainCreatesNothingTwice()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        var p = Unique();
        var lines = Enumerable.Range(1, ReferralUploadService.InlineRows + 1).Select(i => Row($"{p}-{i}", "Kandidaat" + i)).ToArray();
        var content = Csv([Header, .. lines]);

        var (id, waiting) = await client.UploadToReportAsync(content);
        Assert.Contains($"0 van {ReferralUploadService.InlineRows + 1} regels klaar", Text(waiting));

        var other = factory.Browser();
        await other.SignInAsync(Verweiser);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/referrals/uploads/{id}")).StatusCode);

        var worker = factory.Services.GetRequiredService<ReferralUploadWorker>();
        Assert.Equal(1, await worker.RunOnceAsync());
        Assert.Equal(0, await worker.RunOnceAsync());
        Assert.Contains($"<dd id=\"count-accepted\">{ReferralUploadService.InlineRows + 1}</dd>", await client.GetPageAsync($"/referrals/uploads/{id}"));

        var (again, _) = await client.UploadToReportAsync(content);
        Assert.Equal(1, await worker.RunOnceAsync());
        var page = await client.GetPageAsync($"/referrals/uploads/{again}");
        Assert.Contains($"<dd id=\"count-known\">{ReferralUploadService.InlineRows + 1}</dd>", page);
        Assert.Contains("<dd id=\"count-accepted\">0</dd>", page);
        await using var scope = factory.Db();
        Assert.Equal(ReferralUploadService.InlineRows + 1, await scope.Context.Applications.CountAsync(a => a.ExternalReference!.StartsWith(p + "-")));
    }
}

/// <summary>Moves the clock past the claim's life, so in a database of its own.</summary>
public class ReferralUploadStaleClaimTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task StaleClaim_IsTakenOverByAnotherWorker_AndAFreshClaimIsNot()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        var p = Unique();
        var content = Csv([Header, .. Enumerable.Range(1, ReferralUploadService.InlineRows + 1).Select(i => Row($"{p}-{i}", "Kandidaat" + i))]);
        var (id, _) = await client.UploadToReportAsync(content);
        await using (var scope = factory.Db())
        {
            // Another instance took it just now and is still working.
            await scope.Context.ReferralUploads.Where(u => u.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.Status, ReferralUploadStatus.Processing).SetProperty(x => x.ClaimedUtc, factory.Clock.GetUtcNow().UtcDateTime));
        }

        var worker = factory.Services.GetRequiredService<ReferralUploadWorker>();
        Assert.Equal(0, await worker.RunOnceAsync());

        factory.Clock.Advance(ReferralUploadService.StaleClaim + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await worker.RunOnceAsync());
        await using var after = factory.Db();
        var upload = await after.Context.ReferralUploads.SingleAsync(u => u.Id == id);
        Assert.Equal((ReferralUploadStatus.Done, ReferralUploadService.InlineRows + 1), (upload.Status, upload.Accepted));
    }
}
