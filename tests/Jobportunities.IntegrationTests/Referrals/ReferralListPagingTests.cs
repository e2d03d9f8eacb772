using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using static Jobportunities.IntegrationTests.Referrals.ReferralTestKit;

namespace Jobportunities.IntegrationTests.Referrals;

/// <summary>The referrer's list shows a page of referrals (newest first) with page links, not all of them.</summary>
public class ReferralListPagingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ReferralList_ShowsFiftyAPage_NewestFirst_AndTheRestOnTheNextPages()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        var prefix = Unique();
        var rows = Enumerable.Range(1, ReferralTrackingService.PageSize + 5)
            .Select(i => Row($"{prefix}-{i:000}", $"Anna{i:000}", new DateOnly(1980, 1, 1).AddDays(i).ToString("yyyy-MM-dd")));
        await client.UploadToReportAsync(Csv([Header, .. rows]));
        await using var scope = factory.Db();
        var uwv = await scope.Context.Organisations.SingleAsync(o => o.Name == "UWV Emmen");
        var all = await scope.Context.Applications.Where(a => a.OrganisationId == uwv.Id)
            .OrderByDescending(a => a.SubmittedUtc).ThenByDescending(a => a.Id).Select(a => a.Reference).ToListAsync();

        var first = await client.GetPageAsync("/referrals");
        var second = await client.GetPageAsync("/referrals?page=2");

        static List<string> References(string page) => TableRows(page).Where(r => r.Length == 8 && r[0].StartsWith("JP-", StringComparison.Ordinal)).Select(r => r[0]).ToList();
        Assert.Equal(all.Take(ReferralTrackingService.PageSize), References(first));
        Assert.Equal(all.Skip(ReferralTrackingService.PageSize).Take(ReferralTrackingService.PageSize), References(second));
        Assert.Contains("href=\"/referrals?page=2\"", first);
        Assert.Contains("aria-current=\"page\"", second);
        var lastPage = (all.Count + ReferralTrackingService.PageSize - 1) / ReferralTrackingService.PageSize;
        Assert.Equal(all.Skip((lastPage - 1) * ReferralTrackingService.PageSize), References(await client.GetPageAsync("/referrals?page=999")));
    }
}
