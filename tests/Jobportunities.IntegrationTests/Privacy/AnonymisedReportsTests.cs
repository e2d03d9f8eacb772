using Jobportunities.Core.Privacy;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Reporting;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Privacy;

/// <summary>
/// THE test of anonymisation: a programme's dashboard and ESF+ export give the same figures
/// before and after every exited file (and every application that never started) is
/// anonymised — including Ria, who came back and must still count once.
/// </summary>
public class AnonymisedReportsTests(ReportingAppFactory factory) : IClassFixture<ReportingAppFactory>
{
    private const string Exports = $"/programmes/{ReportingSeed.Code}/exports";

    [Fact]
    public async Task AnonymisingExitedFiles_LeavesTheDashboardAndTheEsfExportIdentical()
    {
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var period = $"?from={factory.Seed.ProgrammeStart:yyyy-MM-dd}&until={factory.Seed.Today:yyyy-MM-dd}";
        async Task<string[]> ReportsAsync() =>
        [
            await lead.GetStringAsync(Exports + "/dashboard.csv"),
            await lead.GetStringAsync(Exports + "/esf.csv"),
            await lead.GetStringAsync(Exports + "/esf.csv" + period),
            await lead.GetStringAsync(Exports + "/dashboard.csv" + period),
            string.Join('\n', ReportReaders.Html(await lead.GetPageAsync($"/programmes/{ReportingSeed.Code}/dashboard"))
                .OrderBy(t => t.Key).Select(t => t.Key + ":" + string.Join('|', t.Value.Rows.Select(r => r.Label + "=" + string.Join(',', r.Cells))))),
        ];

        var before = await ReportsAsync();
        RetentionRun run;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            run = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(factory.Seed.Today.AddYears(5));
        }

        var after = await ReportsAsync();

        await using var db = factory.Db();
        var exited = await db.Context.Participants.Where(p => p.Programme!.Code == ReportingSeed.Code && p.Phase == Core.Participants.Phase.Exited).ToListAsync();
        Assert.True(exited.Count >= 8, $"only {exited.Count} exited");
        Assert.All(exited, p => Assert.NotNull(p.AnonymisedOn));
        Assert.True(run.Participants >= exited.Count);
        Assert.Contains("Deelnemers (ieder één keer geteld)", before[1]);
        for (var i = 0; i < before.Length; i++)
        {
            Assert.Equal(before[i], after[i]);
        }
    }
}
