using System.Globalization;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jobportunities.IntegrationTests.Reporting.Expect;

namespace Jobportunities.IntegrationTests.Reporting;

/// <summary>
/// Every figure of the dashboard of the known set (<see cref="ReportingSeed"/>), on the page and in
/// both dashboard exports. Who is who (k = months ago, today's month = 0):
/// <list type="bullet">
/// <item>A1–A5: referred by UWV Emmen, women of 25, job in care (NL) since k9, confirmed durable in k3;
/// a wagon of € 2,000 each.</item>
/// <item>A6, A7: men of 40, job in care (NL); checks recorded not durable (evidence later lost) and contact lost.</item>
/// <item>A8–A10: men of 40 from Emsland on WW, job in ICT (DE); checks upcoming, overdue, due.</item>
/// <item>B1: woman of 55 on bijstand, training placement in care; a wagon of € 3,000, half paid by the employer.</item>
/// <item>C1, C2: in trajectory, not placed (C1's wagon of € 4,000 stopped before it started). D1–D3: in intake.
/// E1: exited from plan. L1–L6: men of 35, hospitality jobs starting 28 (L1–L5) or 29 (L6) days after they left.
/// R1/R2: one woman who came back; R2 got a care job. N1–N3: applications not accepted (two ineligible).</item>
/// </list>
/// </summary>
public class DashboardFiguresTests(ReportingAppFactory factory) : IClassFixture<ReportingAppFactory>
{
    private ReportingSeed S => factory.Seed;

    private string Url(string path = "dashboard") => $"/programmes/{ReportingSeed.Code}/{path}";

    private async Task<HttpClient> LeadAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Lead);
        return client;
    }

    [Fact]
    public async Task TheDashboard_ShowsEveryFigure_AndBothExportsHoldTheSame()
    {
        var lead = await LeadAsync();
        var outputs = new Dictionary<Output, Dictionary<string, ReadTable>>
        {
            [Output.Html] = ReportReaders.Html(await lead.GetPageAsync(Url())),
            [Output.Csv] = ReportReaders.Csv(await lead.GetByteArrayAsync(Url("exports/dashboard.csv"))),
            [Output.Xlsx] = ReportReaders.Xlsx(await lead.GetByteArrayAsync(Url("exports/dashboard.xlsx"))),
        };

        foreach (var (output, tables) in outputs)
        {
            Table(tables, output, "Van aanmelding tot duurzaam werk",
                Row("Aanmeldingen", 28), Row("Geschikt", 26), Row("Deelnemers", 25), Row("In traject", 20), Row("Geplaatst", 18), Row("Duurzaam", 5));
            Table(tables, output, "Voortgang op de doelen",
                Row("Deelnemers", 25, Want.Plain(50), Want.Share(25, 50)),
                Row("Plaatsingen (baan of opleiding)", 18, Want.Plain(36), Want.Share(18, 36)),
                Row("Duurzame plaatsingen", 5, Want.Plain(10), Want.Share(5, 10)));
            Table(tables, output, "Plaatsingen per sector",
                Row("ICT", Want.Hidden /* 3 */), Row("Zorg en welzijn", 9), Row("Techniek", 0), Row("Bouw", 0), Row("Transport en logistiek", 0), Row("Horeca", 6),
                Row("Klantenservice", 0), Row("Schoonmaak", 0), Row("Detailhandel", 0), Row("Onderwijs en kinderopvang", 0), Row("Anders", 0), Row("Totaal", 18));
            Table(tables, output, "Plaatsingen per soort",
                Row("Baan", 17), Row("Opleiding", Want.Hidden /* 1 */), Row("Werken en leren", 0), Row("Zelfstandig ondernemer", 0), Row("Totaal", 18));
            Table(tables, output, "Plaatsingen per land", Row("Nederland", 15), Row("Duitsland", Want.Hidden /* 3 */), Row("Totaal", 18));
            Table(tables, output, "Plaatsingen per woongebied", Row("Emmen", 15), Row("Landkreis Emsland", Want.Hidden /* 3 */), Row("Totaal", 18));
            Table(tables, output, "Plaatsingen per verwijzer", Row("Eigen aanmelding", 13), Row("UWV Emmen", 5), Row("Totaal", 18));
            Table(tables, output, "Plaatsingen per leeftijdsgroep",
                Row("Jonger dan 30", 5), Row("30 tot en met 49", 11), Row("50 en ouder", Want.Hidden /* 2 */), Row("Totaal", 18));
            Table(tables, output, "Plaatsingen per geslacht",
                Row("Onbekend of niet opgegeven", 0), Row("Vrouw", 7), Row("Man", 11), Row("Anders / non-binair", 0), Row("Totaal", 18));
            Table(tables, output, "Plaatsingen per uitkeringssituatie",
                Row("Geen uitkering", 13), Row("WW-uitkering", Want.Hidden /* 3 */), Row("Bijstand (Participatiewet)", Want.Hidden /* 2 */),
                Row("Bürgergeld (SGB II)", 0), Row("Arbeitslosengeld (SGB III)", 0), Row("Andere uitkering", 0), Row("Totaal", 18));
            Table(tables, output, "Duurzaamheidschecks nu",
                Row("Binnenkort (30 dagen)", Want.Hidden /* A8 */), Row("Nu te doen", Want.Hidden /* A10 */), Row("Te laat", Want.Hidden /* A9 */));
            Table(tables, output, "Uitkomsten van de checks",
                Row("Duurzaam", 5), Row("Niet duurzaam", Want.Hidden /* 1 */), Row("Geen contact meer", Want.Hidden /* 1 */), Row("Totaal", 7),
                Row("Deel bevestigd duurzaam", Want.Share(5, 7)));
            Table(tables, output, "Verloop per maand", Trend());
            Table(tables, output, "Budget en kosten",
                Row("Budget", Want.Euro(50_000m)), Row("Besteed", Want.Euro(11_500m)), Row("Nog beschikbaar", Want.Euro(38_500m)),
                Row("Deel van het budget besteed", Want.Share(11_500m, 50_000m)), Row("Duurzame plaatsingen (hele programma)", 5),
                Row("Kosten per duurzame plaatsing", Want.Euro(2_300m)));
        }

        foreach (var output in new[] { Output.Csv, Output.Xlsx })
        {
            Table(outputs[output], output, "Over dit overzicht",
                Row("Programma", Want.Text("Dashboard Test")), Row("Van", Want.Text(Iso(S.ProgrammeStart))), Row("Tot en met", Want.Text(Iso(S.ProgrammeEnd))),
                Row("Gemaakt op", Want.Text(Iso(S.Today))), Row("Kleine aantallen", Want.Text(SmallNumbersText)));
        }
    }

    [Fact]
    public async Task AnotherPeriod_ChangesTheFigures_OnThePageAndInTheExport()
    {
        var lead = await LeadAsync();
        var query = $"?from={Iso(S.D(3, 1))}&until={Iso(S.Today)}";
        var page = await lead.GetPageAsync(Url() + query);
        Assert.Contains($"value=\"{Iso(S.D(3, 1))}\"", page);
        foreach (var (output, tables) in new[]
        {
            (Output.Html, ReportReaders.Html(page)),
            (Output.Csv, ReportReaders.Csv(await lead.GetByteArrayAsync(Url("exports/dashboard.csv") + query))),
        })
        {
            // Applied since k3: D1, N3, D2, D3, N1, N2; of whom eligible D1–D3 and N1; accepted D1–D3.
            Table(tables, output, "Van aanmelding tot duurzaam werk",
                Row("Aanmeldingen", 6), Row("Geschikt", Want.Hidden), Row("Deelnemers", Want.Hidden), Row("In traject", 0), Row("Geplaatst", 0), Row("Duurzaam", 0));
            Table(tables, output, "Uitkomsten van de checks",
                Row("Duurzaam", 5), Row("Niet duurzaam", Want.Hidden), Row("Geen contact meer", Want.Hidden), Row("Totaal", 7), Row("Deel bevestigd duurzaam", Want.Share(5, 7)));
        }
    }

    [Fact]
    public async Task BudgetSpent_IsTheSameAsThePlanCostRule()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var id = await db.Programmes.Where(p => p.Code == ReportingSeed.Code).Select(p => p.Id).SingleAsync();
        var spend = await new ProgrammeSpendService(db, new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions())).ForProgrammeAsync(id);
        Assert.Equal(11_500m, spend.Spent);
    }

    [Fact]
    public async Task ALeadWithSeveralProgrammes_SeesThemTogether_AndEachOnItsOwn()
    {
        var lead = await LeadAsync();
        var page = await lead.GetPageAsync("/dashboard");

        Assert.Contains("Al mijn programma&#x27;s", page.Replace("'", "&#x27;"));
        Assert.Contains($"href=\"/programmes/{ReportingSeed.Code}/dashboard\"", page);
        Assert.Contains("href=\"/programmes/new-jobportunities-2/dashboard\"", page);
        Assert.DoesNotContain($"/programmes/{ReportingSeed.OtherCode}/dashboard", page);
        // Together: the targets add up (the demo programmes hold no participants in the test environment).
        var targets = ReportReaders.Html(page)["Voortgang op de doelen"].Row("Deelnemers");
        Assert.Equal("25", targets[0]);
        Assert.True(int.Parse(targets[1], NumberStyles.Number, CultureInfo.GetCultureInfo("nl")) > 50, targets[1]);
    }

    [Fact]
    public async Task TheDashboard_HasATablePerChart_AndLoadsOnlyTheChartScripts()
    {
        var page = await (await LeadAsync()).GetPageAsync(Url());

        Assert.Equal(14, System.Text.RegularExpressions.Regex.Count(page, "<table [^>]*data-chart=\""));
        Assert.Equal(14, System.Text.RegularExpressions.Regex.Count(page, "<caption "));
        Assert.Contains("<script src=\"/lib/chart.js/chart.umd.min.js", page);
        Assert.Contains("<script src=\"/js/charts.js", page);
        Assert.DoesNotContain("<script>", page);
    }

    private const string SmallNumbersText = "Aantallen van 1 tot en met 4 staan er als \"<5\", zodat niemand herkenbaar is. Een percentage of bedrag per persoon dat zo'n aantal zou verraden, staat er niet (—).";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The twelve months up to this one, each series counted from the seed's own dates.</summary>
    private (string, Want[])[] Trend()
    {
        var t = S.Today;
        DateOnly[] applications =
        [
            .. Enumerable.Repeat(S.D(11, 5), 6), S.D(11, 1), .. Enumerable.Repeat(S.D(10, 3), 5), S.D(10, 4), S.D(10, 4), S.D(8, 1), S.D(9, 1), S.D(9, 1),
            S.D(6, 1), S.D(4, 1), S.D(4, 1), S.D(3, 1), S.D(1, 1), S.D(1, 1), S.D(7, 1), S.D(5, 1), t.AddDays(-20), t.AddDays(-3), S.D(2, 1),
        ];
        DateOnly[] participants =
        [
            .. Enumerable.Repeat(S.D(11, 6), 6), S.D(11, 2), .. Enumerable.Repeat(S.D(10, 5), 5), S.D(10, 6), S.D(10, 6), S.D(8, 2), S.D(9, 2), S.D(9, 2),
            S.D(6, 3), S.D(4, 2), S.D(4, 2), S.D(3, 2), S.D(1, 2), S.D(1, 2), S.D(7, 2), S.D(5, 2),
        ];
        DateOnly[] placements =
        [
            .. Enumerable.Repeat(S.D(9, 1), 7), t.AddDays(10).AddMonths(-6), t.AddDays(-40).AddMonths(-6), t.AddDays(-5).AddMonths(-6), S.D(5, 1),
            .. Enumerable.Repeat(S.D(9, 10).AddDays(28), 5), S.D(9, 10).AddDays(29), S.D(2, 1).AddDays(20),
        ];
        DateOnly[] durable = [.. Enumerable.Repeat(S.D(3, 10), 5)];
        Assert.Equal(28, applications.Length);
        Assert.Equal(25, participants.Length);
        Assert.Equal(18, placements.Length);

        static int In(DateOnly[] dates, DateOnly month) => dates.Count(d => d.Year == month.Year && d.Month == month.Month);
        return Enumerable.Range(0, 12).Select(i => S.D(11 - i, 1)).Select(m => Row(m.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("nl")),
            Want.Month(In(applications, m)), Want.Month(In(participants, m)), Want.Month(In(placements, m)), Want.Month(In(durable, m)))).ToArray();
    }
}
