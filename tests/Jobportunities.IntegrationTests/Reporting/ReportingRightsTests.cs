using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Programmes;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Reporting;

/// <summary>
/// Who may use the reporting endpoints: leads (members) see dashboards and exports; coaches only
/// their signals; employer advisers, referrers and administrators nothing; a lead gets 404 for a
/// programme they are not a member of; a stranger is sent to the login page.
/// </summary>
public class ReportingRightsTests(ReportingAppFactory factory) : IClassFixture<ReportingAppFactory>
{
    private static readonly string[] ProgrammeEndpoints =
    [
        "dashboard", "exports", "exports/dashboard.csv", "exports/dashboard.xlsx", "exports/esf.csv", "exports/esf.xlsx",
    ];

    private static IEnumerable<string> Of(string code) => ProgrammeEndpoints.Select(e => $"/programmes/{code}/{e}");

    private async Task<HttpClient> AsAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task ALead_MayUseEveryEndpoint_OfTheirProgramme()
    {
        var lead = await AsAsync(DemoAccounts.Lead);
        foreach (var url in Of(ReportingSeed.Code).Append("/dashboard").Append("/signals"))
        {
            Assert.True(HttpStatusCode.OK == (await lead.GetAsync(url)).StatusCode, url);
        }
    }

    [Fact]
    public async Task ALead_GetsNotFound_ForAProgrammeTheyAreNotAMemberOf_AndForUnknownExports()
    {
        var lead = await AsAsync(DemoAccounts.Lead);
        foreach (var url in Of(ReportingSeed.OtherCode).Concat(Of("no-such-programme"))
            .Concat([$"/programmes/{ReportingSeed.Code}/exports/participants.csv", $"/programmes/{ReportingSeed.Code}/exports/esf.pdf", $"/programmes/{ReportingSeed.Code}/exports/esf.CSV"]))
        {
            Assert.True(HttpStatusCode.NotFound == (await lead.GetAsync(url)).StatusCode, url);
        }
    }

    [Theory]
    [InlineData(DemoAccounts.Coach, HttpStatusCode.OK)]
    [InlineData("coach2@jobportunities.test", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Adviser, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Referrer, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Admin, HttpStatusCode.Forbidden)]
    public async Task OtherRoles_AreRefusedDashboardsAndExports_AndOnlyCoachesGetSignals(string email, HttpStatusCode signals)
    {
        var client = await AsAsync(email);
        foreach (var url in Of(ReportingSeed.Code).Append("/dashboard"))
        {
            Assert.True(HttpStatusCode.Forbidden == (await client.GetAsync(url)).StatusCode, $"{email} {url}");
        }

        Assert.Equal(signals, (await client.GetAsync("/signals")).StatusCode);
    }

    [Fact]
    public async Task AStranger_IsSentToTheLoginPage()
    {
        var stranger = factory.Browser();
        foreach (var url in Of(ReportingSeed.Code).Append("/dashboard").Append("/signals"))
        {
            var response = await stranger.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task EveryDownload_IsInTheAuditLog_AndHoldsNoNames()
    {
        var lead = await AsAsync(DemoAccounts.Lead);
        var leadId = await factory.UserIdAsync(DemoAccounts.Lead);
        var before = await factory.LastAuditIdAsync();
        var csv = await lead.GetStringAsync($"/programmes/{ReportingSeed.Code}/exports/dashboard.csv");
        var esf = await lead.GetStringAsync($"/programmes/{ReportingSeed.Code}/exports/esf.csv");

        Assert.DoesNotContain("Dashtest", csv + esf);
        Assert.DoesNotContain("Terug", csv + esf, StringComparison.OrdinalIgnoreCase);
        // Exactly the two downloads of this test, each once, by this lead.
        var entries = (await factory.AuditAfterAsync(before)).Where(e => e.Action == AuditAction.Export && e.ObjectType == "Programme.Export").ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(leadId, e.ActorUserId));
        Assert.Single(entries, e => e.Detail!.Contains("dashboard", StringComparison.Ordinal));
        Assert.Single(entries, e => e.Detail!.Contains("esf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALeadWithOneProgramme_GoesStraightToItsDashboard_ALeadWithNone_IsTold_AndOthersProgrammesAreNotFound()
    {
        var one = await LeadAsync("lead.one@jobportunities.test", ReportingSeed.Code);
        var none = await LeadAsync("lead.none@jobportunities.test");

        var redirect = await one.GetAsync("/dashboard?from=2026-01-01&until=2026-03-31");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/programmes/{ReportingSeed.Code}/dashboard?from=2026-01-01&until=2026-03-31", redirect.Headers.Location!.OriginalString);
        Assert.Contains("value=\"2026-03-31\"", await one.GetPageAsync(redirect.Headers.Location.OriginalString));
        foreach (var url in Of("new-jobportunities-2"))
        {
            Assert.True(HttpStatusCode.NotFound == (await one.GetAsync(url)).StatusCode, url);
        }

        Assert.Contains("id=\"no-programmes\"", await none.GetPageAsync("/dashboard"));
        Assert.Equal(HttpStatusCode.NotFound, (await none.GetAsync($"/programmes/{ReportingSeed.Code}/dashboard")).StatusCode);
    }

    private async Task<HttpClient> LeadAsync(string email, params string[] programmes)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
            Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.ProgrammeLead);
            var ids = await db.Programmes.Where(p => programmes.Contains(p.Code)).Select(p => p.Id).ToListAsync();
            db.ProgrammeMembers.AddRange(ids.Select(id => new ProgrammeMember(id, user.Id)));
            await db.SaveChangesAsync();
        }

        return await AsAsync(email);
    }
}
