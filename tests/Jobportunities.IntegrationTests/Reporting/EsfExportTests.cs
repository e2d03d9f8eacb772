using System.Globalization;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using static Jobportunities.IntegrationTests.Reporting.Expect;

namespace Jobportunities.IntegrationTests.Reporting;

/// <summary>
/// The ESF+ export of the known set (<see cref="DashboardFiguresTests"/> says who is who), as CSV and
/// as Excel. Ria (R1/R2) came back and counts once; L1–L5 started work on the 28th day after leaving
/// and count as employed upon leaving, L6 started on the 29th and counts as job searching.
/// </summary>
public class EsfExportTests(ReportingAppFactory factory) : IClassFixture<ReportingAppFactory>
{
    private const string Url = $"/programmes/{ReportingSeed.Code}/exports";

    [Fact]
    public async Task TheEsfExport_HoldsEveryIndicator_InCsvAndExcel()
    {
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var csv = await lead.GetAsync(Url + "/esf.csv");
        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType!.ToString());
        Assert.Equal($"{ReportingSeed.Code}-esf-{Iso(factory.Seed.ProgrammeStart)}-{Iso(factory.Seed.ProgrammeEnd)}.csv", csv.Content.Headers.ContentDisposition!.FileName);
        var xlsx = await lead.GetAsync(Url + "/esf.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var workbook = await xlsx.Content.ReadAsByteArrayAsync();
        var outputs = new[]
        {
            (Output.Csv, ReportReaders.Csv(await csv.Content.ReadAsByteArrayAsync())),
            (Output.Xlsx, ReportReaders.Xlsx(workbook)),
        };

        foreach (var (output, tables) in outputs)
        {
            // 25 participations, 24 persons: Ria's return does not count again.
            Table(tables, output, "Deelnemers bij instroom", Row("Deelnemers (ieder één keer geteld)", 24));
            Table(tables, output, "Geslacht bij instroom",
                Row("Onbekend of niet opgegeven", Want.Hidden /* D1–D3 */), Row("Vrouw", 9), Row("Man", 11), Row("Anders / non-binair", Want.Hidden /* E1 */), Row("Totaal", 24));
            Table(tables, output, "Leeftijd bij instroom",
                Row("Jonger dan 18", Want.Hidden /* E1 */), Row("18 tot en met 29", 8), Row("30 tot en met 54", 13), Row("55 en ouder", Want.Hidden /* B1, Ria */), Row("Totaal", 24));
            Table(tables, output, "Opleidingsniveau bij instroom",
                Row("ISCED 0–2 (hoogstens vmbo of mbo-1)", 11), Row("ISCED 3–4 (havo, vwo, mbo-2 tot 4)", 5), Row("ISCED 5–8 (hbo, wo)", Want.Hidden /* B1, C1, C2 */),
                Row("Onbekend", 5), Row("Totaal", 24));
            Table(tables, output, "Arbeidsmarktpositie bij instroom",
                Row("Werkloos (ook langdurig werkloos)", 5), Row("Inactief (geen uitkering, stille reserve)", 14), Row("Werkend (ook zelfstandig)", 5), Row("Onbekend", 0),
                Row("Waarvan langdurig werkloos (meer dan 12 maanden; jonger dan 25: meer dan 6)", 0 /* nobody was asked */), Row("Totaal", 24));
            Table(tables, output, "Uitkeringssituatie bij instroom",
                Row("Geen uitkering", 19), Row("WW-uitkering", Want.Hidden /* A8–A10 */), Row("Bijstand (Participatiewet)", Want.Hidden /* B1, Ria */),
                Row("Bürgergeld (SGB II)", 0), Row("Arbeitslosengeld (SGB III)", 0), Row("Andere uitkering", 0), Row("Totaal", 24));
            Table(tables, output, "Woonland bij instroom", Row("Nederland", 21), Row("Duitsland", Want.Hidden), Row("Totaal", 24));

            // Leavers: L1–L6, E1 and Ria's last participation (her first one does not count: she came back).
            Table(tables, output, "Bij uitstroom",
                Row("Uitgestroomd in de periode", 8), Row("Aan het werk (ook zelfstandig)", 6), Row("Op zoek naar werk", Want.Hidden /* L6 */),
                Row("In opleiding of training", 0), Row("Kwalificatie behaald", 0));
            Table(tables, output, "Zes maanden na uitstroom",
                Row("Uitgestroomd in de periode, zes maanden verstreken", 7), Row("Aan het werk zes maanden na uitstroom", 6),
                Row("Verbeterde positie op de arbeidsmarkt zes maanden na uitstroom (werkte al bij de start)", 0 /* no follow-up recorded; EsfAnnexExportTests counts one */));
        }

        Assert.True(ReportReaders.IsNumeric(workbook, "Deelnemers bij instroom", "B3"));
        Assert.False(ReportReaders.IsNumeric(workbook, "Woonland bij instroom", "B4"));
    }

    [Fact]
    public async Task APeriodWithoutRiasFirstEntry_CountsHerNotAtAll_AndHerLeavingOnce()
    {
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var from = factory.Seed.D(6, 1);
        var tables = ReportReaders.Csv(await lead.GetByteArrayAsync($"{Url}/esf.csv?from={Iso(from)}&until={Iso(factory.Seed.Today)}"));

        // Entered since k6: B1 (k6), C1, C2, D1–D3; Ria's second participation is no entry.
        Table(tables, Output.Csv, "Deelnemers bij instroom", Row("Deelnemers (ieder één keer geteld)", 6));
        // Left since k6: E1 and Ria.
        Table(tables, Output.Csv, "Bij uitstroom",
            Row("Uitgestroomd in de periode", Want.Hidden), Row("Aan het werk (ook zelfstandig)", Want.Hidden), Row("Op zoek naar werk", 0),
            Row("In opleiding of training", 0), Row("Kwalificatie behaald", 0));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
