using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Privacy;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Privacy;

public class ErasureTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static KeyValuePair<string, string>[] Form(string reason, bool confirm = false) =>
        confirm ? [new("Form.ErasureReason", reason), new("Form.DurableCheckImpossible", "true")] : [new("Form.ErasureReason", reason)];

    [Fact]
    public async Task Lead_ErasesOnRequest_TheFileIsAnonymised_AndTheAuditRowHoldsNoReason()
    {
        var id = await factory.ParticipantAsync("Erasemelead", DemoAccounts.Coach, familyName: "Wis");
        await factory.FillFileAsync(id);
        var duplicate = await factory.ApplyAsync("Erasemelead", familyName: "Wis");
        await using (var db = factory.Db())
        {
            var application = await db.Context.Applications.SingleAsync(a => a.Id == db.Context.Participants.Where(p => p.Id == id).Select(p => p.ApplicationId).Single());
            application.AttachBsn("protected-bsn", "bsn-hash");
            await db.Context.SaveChangesAsync();
        }

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var page = await lead.GetPageAsync($"/participants/{id}/erase");
        Assert.Contains("Wat blijft, geanonimiseerd", page);

        var response = await lead.PostFormAsync($"/participants/{id}/erase", Form("Verzoek per brief 4711"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var db = factory.Db())
        {
            var p = await db.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == id);
            Assert.Equal((factory.Clock.Today(), "", "Verzoek per brief 4711"), (p.AnonymisedOn, p.GivenName, p.ErasureReason));
            var erased = await db.Context.Applications.AsNoTracking().SingleAsync(a => a.Id == p.ApplicationId);
            Assert.Equal(("", null, null), (erased.GivenName, erased.BsnProtected, erased.BsnHash));
            var linked = await db.Context.Applications.AsNoTracking().SingleAsync(a => a.Id == duplicate.Id);
            Assert.Equal(p.ApplicationId, linked.PossibleDuplicateOfId);
            Assert.Equal(("", factory.Clock.Today()), (linked.GivenName, linked.AnonymisedOn));
            var audit = await db.Context.AuditEntries.SingleAsync(e => e.ObjectType == ErasureService.ObjectType && e.ObjectId == id.ToString() && e.Action == AuditAction.Delete);
            Assert.Equal(AuditResult.Success, audit.Result);
            Assert.DoesNotContain("4711", audit.Detail ?? "");
        }

        Assert.Contains("Geanonimiseerd", await lead.GetPageAsync($"/participants/{id}"));
        Assert.Contains("Geanonimiseerd", await lead.GetPageAsync($"/participants/{id}/erase"));
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/participants/{id}", $"/participants/{id}/erase", Form("nogmaals"))).StatusCode);
    }

    [Fact]
    public async Task Coach_IsForbidden_AndAnAdministratorMayErase()
    {
        var id = await factory.ParticipantAsync("Erasemeadmin", DemoAccounts.Coach, familyName: "Wis");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync($"/participants/{id}/erase")).StatusCode);
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.PostFormAsync($"/participants/{id}", $"/participants/{id}/erase", Form("x"))).StatusCode);
        var referrer = factory.Browser();
        await referrer.SignInAsync(DemoAccounts.Referrer);
        Assert.Equal(HttpStatusCode.Forbidden, (await referrer.GetAsync($"/participants/{id}/erase")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/participants/987654/erase")).StatusCode);

        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/participants/{id}/erase", Form("Request by email"))).StatusCode);
        await using var db = factory.Db();
        Assert.NotNull((await db.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == id)).AnonymisedOn);
    }

    [Fact]
    public async Task Erase_IsRefused_WithAnOpenDurableCheck_UntilTheLeadConfirmsItCanNoLongerBeDone()
    {
        var id = await factory.ParticipantAsync("Erasemecheck", DemoAccounts.Coach, familyName: "Wis");
        await factory.OpenDurableCheckAsync(id);
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        Assert.Contains("Form.DurableCheckImpossible", await lead.GetPageAsync($"/participants/{id}/erase"));

        var refused = await lead.PostFormAsync($"/participants/{id}/erase", Form("Verzoek telefonisch"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Verzoek telefonisch", html);
        Assert.Contains("Bevestig dat de open controle", html);
        await using (var db = factory.Db())
        {
            Assert.Null((await db.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == id)).AnonymisedOn);
            Assert.True(await db.Context.AuditEntries.AnyAsync(e => e.ObjectType == ErasureService.ObjectType && e.ObjectId == id.ToString() && e.Result == AuditResult.Denied));
        }

        var confirmed = await lead.PostFormAsync($"/participants/{id}/erase", Form("Verzoek telefonisch; verhuisd naar het buitenland, controle kan niet meer", confirm: true));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await using var check = factory.Db();
        Assert.NotNull((await check.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == id)).AnonymisedOn);
        Assert.Equal(1, await check.Context.DurableChecks.CountAsync(c => c.ParticipantId == id));
    }

    [Fact]
    public async Task Erase_WithoutAReason_ReshowsTheFormWithTheFieldNamed()
    {
        var id = await factory.ParticipantAsync("Erasemenoreason", DemoAccounts.Coach, familyName: "Wis");
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);

        var response = await lead.PostFormAsync($"/participants/{id}/erase", Form(""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-summary\"", html);
        Assert.Contains("Reden van het verzoek", html);
        await using var db = factory.Db();
        Assert.Null((await db.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == id)).AnonymisedOn);
    }
}
