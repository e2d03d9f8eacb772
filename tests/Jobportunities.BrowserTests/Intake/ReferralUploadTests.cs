using System.Text;
using System.Text.RegularExpressions;
using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Intake;

/// <summary>A referrer of UWV Emmen uploads a CSV file, reads the report and downloads it.</summary>
[Collection("browser")]
public sealed partial class ReferralUploadTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    // The column names of ReferralCsvColumns; line 4 has a birth date that does not exist.
    private const string Csv =
        "externalReference;programme;givenName;familyName;birthDate;email;phone;postcode;country;benefit;reason;consentToShare\r\n" +
        "UWV-BT-0001;new-jobportunities-2;Harmke;Veenstra;1979-03-14;harmke.veenstra@example.nl;;7811 AB;NL;none;Wil weer aan het werk in de zorg.;ja\r\n" +
        "UWV-BT-0002;new-jobportunities-2;Jörg;Hüsing;1968-11-02;joerg.huesing@example.de;;49716;DE;none;Sucht Arbeit in der Logistik.;nein\r\n" +
        "UWV-BT-0003;new-jobportunities-2;Bram;Kuiper;1985-13-40;bram.kuiper@example.nl;;7741 AB;NL;none;Geen uitkering, wil in de bouw.;ja\r\n";

    [Fact]
    public async Task Referrer_UploadsCsv_ReadsReportAndDownloadsIt()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "referrer@jobportunities.test");

        await page.GotoAsync("/referrals/upload");
        await page.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "verwijzingen-uwv.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(Csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Uploaden en controleren" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rapport van verwijzingen-uwv.csv");
        await Expect(page.Locator("#count-accepted")).ToHaveTextAsync("2");
        await Expect(page.Locator("#count-known")).ToHaveTextAsync("0");
        await Expect(page.Locator("#count-rejected")).ToHaveTextAsync("1");
        var rejected = page.GetByRole(AriaRole.Table, new() { Name = "Afgekeurde regels met de redenen" });
        var row = rejected.GetByRole(AriaRole.Row).Filter(new() { HasText = "afgekeurd" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("4");
        await Expect(row.GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("‘birthDate’ is geen geldige datum (gebruik JJJJ-MM-DD, DD-MM-JJJJ of DD.MM.JJJJ)");
        await AxeCheck.AssertNoViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Rapport downloaden (CSV)" }).ClickAsync());

        Assert.Matches(ReportFileName(), download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("Regel;Status;Referentie;Redenen", lines[0]);
        Assert.Matches(AcceptedLine(2), lines[1]);
        Assert.Matches(AcceptedLine(3), lines[2]);
        Assert.Equal("4;afgekeurd;;‘birthDate’ is geen geldige datum (gebruik JJJJ-MM-DD, DD-MM-JJJJ of DD.MM.JJJJ)", lines[3]);
    }

    private static Regex AcceptedLine(int line) => new($"^{line};opgenomen;JP-[0-9A-Z]{{8}};$");

    [GeneratedRegex(@"^referral-report-\d{4}-\d{2}-\d{2}-\d+\.csv$")]
    private static partial Regex ReportFileName();
}
