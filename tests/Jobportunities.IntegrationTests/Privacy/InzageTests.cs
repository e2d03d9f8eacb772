using System.Net;
using System.Text.Json;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Privacy;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Privacy;

public class InzageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task OwnCoach_DownloadsJson_WithProfileConsentLedgerAndWhoReadTheFile()
    {
        var id = await factory.ParticipantInAsync("Inzagejson", "nl");
        await factory.FillFileAsync(id);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        await coach.GetPageAsync($"/participants/{id}");
        Assert.Contains($"/participants/{id}/inzage.json", await coach.GetPageAsync($"/participants/{id}/inzage"));

        var response = await coach.GetAsync($"/participants/{id}/inzage.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("Inzagejson", root.GetProperty("profile").GetProperty("givenName").GetString());
        Assert.Contains(root.GetProperty("consents").EnumerateArray(), c => c.GetProperty("purpose").GetString() == "ShareWithReferrer" && c.GetProperty("given").GetBoolean());
        Assert.Contains(root.GetProperty("journal").EnumerateArray(), c => c.GetProperty("summary").GetString() == "Talked about the debts");
        Assert.Contains(root.GetProperty("functionalLimitations").EnumerateArray(), c => c.GetProperty("text").GetString() == "Cannot lift heavy loads");
        var trail = root.GetProperty("auditTrail").EnumerateArray().ToList();
        Assert.Contains(trail, e => e.GetProperty("action").GetString() == "Read" && e.GetProperty("what").GetString()!.StartsWith("Participant", StringComparison.Ordinal)
            && e.GetProperty("actor").GetString() == "Sanne de Vries" && e.GetProperty("role").GetString()!.Contains("Coach", StringComparison.Ordinal));
        Assert.DoesNotContain(trail, e => e.TryGetProperty("origin", out _));

        await using var db = factory.Db();
        Assert.True(await db.Context.AuditEntries.AnyAsync(e => e.ObjectType == InzageService.ObjectType && e.ObjectId == id.ToString() && e.Action == AuditAction.Export && e.Detail == "json"));
    }

    [Fact]
    public async Task Html_IsInTheParticipantsLanguage_NotTheCoachs()
    {
        var id = await factory.ParticipantInAsync("Inzagedeutsch", "de");
        var coach = factory.Browser("nl");
        await coach.SignInAsync(DemoAccounts.Coach);

        var response = await coach.GetAsync($"/participants/{id}/inzage.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"de\">", html);
        Assert.Contains("Ihre Daten bei Jobportunities", html);
        Assert.Contains("Einwilligungen", html);
        Assert.Contains("Inzagedeutsch", html);
        Assert.DoesNotContain("Uw gegevens", html);
    }

    [Fact]
    public async Task OtherCoach_GetsNotFound_ReferrerAndLeadAreForbidden()
    {
        var id = await factory.ParticipantInAsync("Inzagerights", "nl");
        var other = factory.Browser();
        await other.SignInAsync(DemoParticipantSeeder.Coach2);
        var referrer = factory.Browser();
        await referrer.SignInAsync(DemoAccounts.Referrer);
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);

        foreach (var url in new[] { $"/participants/{id}/inzage", $"/participants/{id}/inzage.json", $"/participants/{id}/inzage.html" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await referrer.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(url)).StatusCode);
            (await factory.Browser().GetAsync(url)).AssertSentToLogin();
        }
    }

    [Fact]
    public async Task Administrator_DownloadsTheExport_AndItIsAudited()
    {
        var id = await factory.ParticipantInAsync("Inzageadmin", "en");
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var adminId = await factory.UserIdAsync(DemoAccounts.Admin);

        var json = await admin.GetAsync($"/participants/{id}/inzage.json");
        var html = await admin.GetAsync($"/participants/{id}/inzage.html");

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Contains("Your data at Jobportunities", await html.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/participants/{id}")).StatusCode);
        await using var db = factory.Db();
        var exports = await db.Context.AuditEntries.Where(e => e.ObjectType == InzageService.ObjectType && e.ObjectId == id.ToString() && e.ActorUserId == adminId).ToListAsync();
        Assert.Equal(["html", "json"], exports.Where(e => e.Action == AuditAction.Export && e.Result == AuditResult.Success).Select(e => e.Detail).Order());
    }
}
