using System.Collections.Concurrent;
using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Api;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using static Jobportunities.IntegrationTests.Referrals.ReferralTestKit;

namespace Jobportunities.IntegrationTests.Privacy;

/// <summary>
/// The app with every Serilog event (the app's own categories at all levels, the framework as configured) written to its own log file and to
/// an in-memory sink, to scan for values that must never be logged.
/// </summary>
public sealed class LogCapturingAppFactory : AppFactory
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"jobportunities-logs-{Guid.NewGuid():N}");

    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>Everything logged so far: the log file's lines and the in-memory events.</summary>
    public IReadOnlyList<string> Output() => [.. Lines.ToArray(), .. FileLines()]; // ToArray: a snapshot, the sink keeps writing

    /// <summary>The lines of this host's own log file (request logs of parallel hosts may go elsewhere: Serilog's request logging uses the static logger).</summary>
    public IReadOnlyList<string> FileLines()
    {
        var lines = new List<string>();
        foreach (var file in Directory.Exists(_folder) ? Directory.GetFiles(_folder) : [])
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            lines.AddRange(reader.ReadToEnd().Split('\n'));
        }

        return lines;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:File:Path", Path.Combine(_folder, "log-.json"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(new CapturingSink(Lines)));
    }

    private sealed class CapturingSink(ConcurrentQueue<string> lines) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) =>
            lines.Enqueue($"{logEvent.RenderMessage()} {string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))} {logEvent.Exception}");
    }
}

public class BsnTests(LogCapturingAppFactory factory) : IClassFixture<LogCapturingAppFactory>
{
    private const string FormBsn = "628194821";
    private const string CsvBsn = "252760189";
    private const string ApiBsn = "507529170";
    private const string RefusedBsn = "121547280";

    private static async Task<Dictionary<string, string>> ReferralFormAsync(HttpClient client, string givenName, string bsn, string country = "NL", string postcode = "7811 AB")
    {
        var fields = FormReader.Fields(await client.GetPageAsync("/referrals/new"));
        fields["Form.GivenName"] = givenName;
        fields["Form.FamilyName"] = "Bsn";
        fields["Form.BirthDate"] = "1985-03-15";
        fields["Form.Email"] = $"{givenName.ToLowerInvariant()}@example.nl";
        fields["Form.Postcode"] = postcode;
        fields["Form.Country"] = country;
        fields["Form.Benefit"] = "none";
        fields["Form.ReferralReason"] = "Wil weer aan het werk.";
        fields["Form.Bsn"] = bsn;
        return fields;
    }

    private async Task<Application> StoredAsync(string givenName)
    {
        await using var db = factory.Db();
        return await db.Context.Applications.AsNoTracking().SingleAsync(a => a.GivenName == givenName);
    }

    [Fact]
    public async Task Bsn_FromFormCsvAndApi_IsStoredEncrypted_AndNeverLogged()
    {
        var referrer = factory.Browser();
        await referrer.SignInAsync(DemoAccounts.Referrer);
        Assert.Equal(HttpStatusCode.Redirect, (await referrer.PostFormAsync("/referrals/new", await ReferralFormAsync(referrer, "Formbsn", FormBsn))).StatusCode);

        const string header = Header + ";bsn";
        var (_, report) = await referrer.UploadToReportAsync(Csv(header, Row("CSV-" + Unique(), "Csvbsn") + ";" + CsvBsn, Row("CSV-" + Unique(), "Csvbad") + ";123456789"));
        Assert.DoesNotContain("123456789", report);

        var body = ApiClient.Referral(ApiClient.NewReference());
        body["givenName"] = "Apibsn";
        body["bsn"] = ApiBsn;
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.Create(factory, DemoApiKeys.UwvEmmen).PostReferralAsync(body)).StatusCode);

        foreach (var (name, bsn) in new[] { ("Formbsn", FormBsn), ("Csvbsn", CsvBsn), ("Apibsn", ApiBsn) })
        {
            var stored = await StoredAsync(name);
            Assert.NotNull(stored.BsnProtected);
            Assert.DoesNotContain(bsn, stored.BsnProtected);
            Assert.Equal(64, stored.BsnHash!.Length);
            using var scope = factory.Services.CreateScope();
            Assert.Equal(bsn, scope.ServiceProvider.GetRequiredService<IBsnProtector>().Unprotect(stored.BsnProtected!));
        }

        await using (var db = factory.Db())
        {
            Assert.False(await db.Context.Applications.AnyAsync(a => a.GivenName == "Csvbad"));
            var audit = await db.Context.AuditEntries.Select(e => e.ObjectId + " " + e.Detail + " " + e.Origin).ToListAsync();
            Assert.DoesNotContain(audit, line => line.Contains(FormBsn) || line.Contains(CsvBsn) || line.Contains(ApiBsn));
        }

        Assert.Contains(factory.FileLines(), l => l.Length > 0); // the scan reads a real log
        var output = factory.Output();
        foreach (var bsn in new[] { FormBsn, CsvBsn, ApiBsn, "123456789" })
        {
            Assert.DoesNotContain(output, line => line.Contains(bsn, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Bsn_ForAGermanCandidate_IsRefused_WithAMessageThatDoesNotRepeatIt()
    {
        var referrer = factory.Browser("en");
        await referrer.SignInAsync(DemoAccounts.Referrer);
        var response = await referrer.PostFormAsync("/referrals/new", await ReferralFormAsync(referrer, "Germanbsn", RefusedBsn, "DE", "48527"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("can only be given for candidates living in the Netherlands", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, RefusedBsn)); // only in the input the user typed it in
        await using var db = factory.Db();
        Assert.False(await db.Context.Applications.AnyAsync(a => a.GivenName == "Germanbsn"));

        var api = ApiClient.Referral(ApiClient.NewReference(), postcode: "48527", country: "DE");
        api["bsn"] = RefusedBsn;
        var refused = await ApiClient.Create(factory, DemoApiKeys.UwvEmmen, "en").PostReferralAsync(api);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("bsn", problem);
        Assert.DoesNotContain(RefusedBsn, problem);
    }

    [Fact]
    public async Task Bsn_FailingTheElfproef_IsRefusedOnTheApi()
    {
        var api = ApiClient.Referral(ApiClient.NewReference());
        api["bsn"] = "123456789";
        var refused = await ApiClient.Create(factory, DemoApiKeys.UwvEmmen, "en").PostReferralAsync(api);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("elfproef", problem);
        Assert.DoesNotContain("123456789", problem);
    }

    [Fact]
    public async Task SameBsn_OnTwoReferrals_IsFlaggedAsLikelyDuplicate()
    {
        const string bsn = "385280841";
        foreach (var name in new[] { "Dupone", "Duptwo" })
        {
            var body = ApiClient.Referral(ApiClient.NewReference());
            body["givenName"] = name;
            body["familyName"] = name;
            body["email"] = $"{name}@example.test";
            body["birthDate"] = name == "Dupone" ? "1970-01-01" : "1980-02-02";
            body["bsn"] = bsn;
            Assert.Equal(HttpStatusCode.Created, (await ApiClient.Create(factory, DemoApiKeys.UwvEmmen).PostReferralAsync(body)).StatusCode);
        }

        var first = await StoredAsync("Dupone");
        var second = await StoredAsync("Duptwo");
        Assert.Null(first.PossibleDuplicateOfId);
        Assert.Equal(first.Id, second.PossibleDuplicateOfId);
    }

    [Fact]
    public async Task QueuePage_ShowsTheBsnMasked_AndInFullOnlyOnceAfterAnAuditedShow()
    {
        const string bsn = "353799075";
        var body = ApiClient.Referral(ApiClient.NewReference());
        body["givenName"] = "Showbsn";
        body["familyName"] = "Showbsn";
        body["bsn"] = bsn;
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.Create(factory, DemoApiKeys.UwvEmmen).PostReferralAsync(body)).StatusCode);
        var id = (await StoredAsync("Showbsn")).Id;
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        var page = await coach.GetPageAsync($"/intake-queue/{id}");
        Assert.Contains("*****9075", page);
        Assert.DoesNotContain(bsn, page);

        var show = await coach.PostFormAsync($"/intake-queue/{id}", $"/intake-queue/{id}/bsn", []);
        Assert.Equal(HttpStatusCode.Redirect, show.StatusCode);
        Assert.DoesNotContain(bsn, show.Headers.Location!.ToString());
        Assert.Contains(bsn, await coach.GetPageAsync($"/intake-queue/{id}"));
        Assert.DoesNotContain(bsn, await coach.GetPageAsync($"/intake-queue/{id}"));

        var coachId = await factory.UserIdAsync(DemoAccounts.Coach);
        await using var db = factory.Db();
        Assert.True(await db.Context.AuditEntries.AnyAsync(e => e.ActorUserId == coachId && e.ObjectType == AuditObjects.Application
            && e.ObjectId == id.ToString() && e.Detail == BsnService.ShowDetail && e.Result == AuditResult.Success));

        var elsewhere = factory.Browser();
        await elsewhere.SignInAsync("coach.achterhoek@jobportunities.test");
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostFormAsync("/participants", $"/intake-queue/{id}/bsn", [])).StatusCode);
    }
}
