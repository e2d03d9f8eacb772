using System.Net;
using System.Text;
using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using static Jobportunities.IntegrationTests.Referrals.ReferralTestKit;

namespace Jobportunities.IntegrationTests.Referrals;

public class ReferralUploadTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> ReferrerAsync(string email = DemoAccounts.Referrer, string? culture = null)
    {
        var client = factory.Browser(culture);
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task ValidFile_StoresEveryRow_AndReportsThem()
    {
        var client = await ReferrerAsync();
        var prefix = Unique();
        var (id, page) = await client.UploadToReportAsync(Csv(Header, Row(prefix + "-1", "Sanne"), Row(prefix + "-2", "Jan", "01.02.1980", "49716", "DE")));

        Assert.Contains("<dd id=\"count-accepted\">2</dd>", page);
        Assert.Contains("Geen enkele regel is afgekeurd.", page);
        await using var scope = factory.Db();
        var stored = await scope.Context.Applications.Where(a => a.ExternalReference!.StartsWith(prefix)).OrderBy(a => a.ExternalReference).ToListAsync();
        Assert.Equal(["Sanne", "Jan"], stored.Select(a => a.GivenName));
        Assert.All(stored, a => Assert.Equal((ApplicationSource.ReferralCsv, true), (a.Source, a.IsEligible)));
        var upload = await scope.Context.ReferralUploads.SingleAsync(u => u.Id == id);
        Assert.Equal((2, 0, 0, "verwijzingen.csv"), (upload.Accepted, upload.AlreadyKnown, upload.Rejected, upload.FileName));
        Assert.Contains(TableRows(await client.GetPageAsync("/referrals")), r => r.Length > 1 && r[1] == "verwijzingen.csv" && r[2] == "2");
    }

    [Fact]
    public async Task MixedFile_ReportsRejectedLines_WithTheirLineNumbersAndReasons_OnThePageAndInTheDownload()
    {
        var client = await ReferrerAsync();
        var p = Unique();
        var content = Csv(
            Header,
            Row(p + "-1"),                                                              // line 2: accepted
            Row(p + "-2").Replace(";Anna;", ";;").Replace(";1990-05-01;", ";31-02-1990;"), // line 3: two problems
            "",                                                                         // line 4: blank, skipped
            Row(p + "-3", "Osnabrück", postcode: "49074", country: "DE"),               // line 5: accepted, outside the region
            Row(p + "-4", benefit: "uwv").Replace("new-jobportunities-2", "meedoen-werkt"), // line 6
            Row(p + "-1", "Tweede"),                                                    // line 7: same externalReference as line 2
            Row(p + "-5", postcode: "49716"));                                          // line 8: Dutch country, German postcode

        var (id, page) = await client.UploadToReportAsync(content);

        Assert.Contains("<dd id=\"count-accepted\">2</dd>", page);
        Assert.Contains("<dd id=\"count-rejected\">4</dd>", page);
        var rows = TableRows(page).Where(r => r.Length == 4 && r[1] == "afgekeurd").ToList();
        Assert.Equal(
        [
            ["3", "afgekeurd", "", "‘givenName’ is leeg; ‘birthDate’ is geen geldige datum (gebruik JJJJ-MM-DD, DD-MM-JJJJ of DD.MM.JJJJ)"],
            ["6", "afgekeurd", "", "programma ‘meedoen-werkt’ bestaat niet of u werkt er niet in; uitkeringscode ‘uwv’ is onbekend (gebruik none, ww, bijstand, sgb2, sgb3 of other)"],
            ["7", "afgekeurd", "", "deze externalReference staat al op regel 2"],
            ["8", "afgekeurd", "", "de postcode past niet bij land NL"],
        ], rows);

        await using (var scope = factory.Db())
        {
            var outside = await scope.Context.Applications.SingleAsync(a => a.ExternalReference == p + "-3");
            Assert.False(outside.IsEligible);
            Assert.Contains(TableRows(page), r => r.Length == 4 && r[0] == "5" && r[2] == outside.Reference && r[3] == "voldoet niet aan de voorwaarden: woont buiten de regio");
        }

        var download = await client.GetAsync($"/referrals/uploads/{id}/report.csv");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", download.Content.Headers.ContentType!.ToString());
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var date = TimeZoneInfo.ConvertTimeFromUtc(factory.Clock.GetUtcNow().UtcDateTime, amsterdam).ToString("yyyy-MM-dd");
        Assert.Contains($"referral-report-{date}", download.Content.Headers.ContentDisposition!.FileName);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Regel;Status;Referentie;Redenen", lines[0]);
        Assert.Equal(["2", "3", "5", "6", "7", "8"], lines[1..].Select(l => l.Split(';')[0]));
        Assert.Equal("3;afgekeurd;;\"‘givenName’ is leeg; ‘birthDate’ is geen geldige datum (gebruik JJJJ-MM-DD, DD-MM-JJJJ of DD.MM.JJJJ)\"", lines[2]);
        Assert.Equal("7;afgekeurd;;deze externalReference staat al op regel 2", lines[5]);
        Assert.StartsWith("2;opgenomen;JP-", lines[1]);
    }

    [Fact]
    public async Task SameFileAgain_CreatesNoDuplicates_AndReportsThemAsAlreadyKnown()
    {
        var client = await ReferrerAsync();
        var p = Unique();
        var content = Csv(Header, Row(p + "-1", "Eerste"), Row(p + "-2", "Tweede"));
        await client.UploadToReportAsync(content);
        string[] references;
        await using (var scope = factory.Db())
        {
            references = await scope.Context.Applications.Where(a => a.ExternalReference!.StartsWith(p)).OrderBy(a => a.ExternalReference).Select(a => a.Reference).ToArrayAsync();
        }

        var (id, page) = await client.UploadToReportAsync(Csv(Header, Row(p + "-1", "Eerste"), Row(p + "-2", "Tweede"), Row(p + "-3", "Derde")));

        Assert.Contains("<dd id=\"count-accepted\">1</dd>", page);
        Assert.Contains("<dd id=\"count-known\">2</dd>", page);
        Assert.Contains(TableRows(page), r => r.SequenceEqual(["2", "al bekend", references[0], ""]));
        Assert.Contains(TableRows(page), r => r.SequenceEqual(["3", "al bekend", references[1], ""]));
        await using var check = factory.Db();
        Assert.Equal(3, await check.Context.Applications.CountAsync(a => a.ExternalReference!.StartsWith(p)));
        Assert.Equal(2, (await check.Context.ReferralUploads.SingleAsync(u => u.Id == id)).AlreadyKnown);
    }

    [Fact]
    public async Task WrongColumns_AreNamed_AndNothingIsStored()
    {
        var client = await ReferrerAsync();
        var p = Unique();
        var header = Header.Replace("birthDate", "geboortedatum").Replace(";reason", "");
        var response = await client.UploadAsync(Csv(header, Row(p).Replace(";Wil graag werken", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Deze kolommen ontbreken in de eerste regel: birthDate, reason.", page);
        Assert.Contains("Deze kolommen zijn onbekend: geboortedatum.", page);
        await using var scope = factory.Db();
        Assert.False(await scope.Context.Applications.AnyAsync(a => a.ExternalReference == p));
    }

    [Fact]
    public async Task Latin1File_IsRefused_AskingForUtf8()
    {
        var client = await ReferrerAsync();
        var latin1 = Encoding.Latin1.GetBytes($"{Header}\r\n{Row(Unique(), "Jürgen")}\r\n");
        var page = Text(await (await client.UploadAsync(latin1)).Content.ReadAsStringAsync());
        Assert.Contains("Het bestand is niet als UTF-8 opgeslagen", page);
        Assert.Contains("Sla het op als ‘CSV UTF-8’", page);
    }

    [Fact]
    public async Task EmptyFile_And_TooLargeFile_AreRefused_InTheUsersLanguage()
    {
        var client = await ReferrerAsync(Verweiser, "de");
        Assert.Contains("Die Datei ist leer.", Text(await (await client.UploadAsync([])).Content.ReadAsStringAsync()));
        Assert.Contains("Die Datei enthält nur die Kopfzeile", Text(await (await client.UploadAsync(Csv(Header))).Content.ReadAsStringAsync()));
        var large = new byte[5 * 1024 * 1024 + 1];
        Array.Fill(large, (byte)'x');
        Assert.Contains("Die Datei ist zu groß: höchstens 5 MB.", Text(await (await client.UploadAsync(large)).Content.ReadAsStringAsync()));
    }
}
