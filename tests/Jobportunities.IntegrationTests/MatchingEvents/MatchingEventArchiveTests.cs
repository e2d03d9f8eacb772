using System.Net;
using Jobportunities.Core.Matching;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Matching;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.MatchingEvents;

/// <summary>Archiving matching events instead of deleting them (ADR 0025).</summary>
public class MatchingEventArchiveTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly KeyValuePair<string, string>[] Confirmed = [new("Archive.Confirm", "true")];

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<int> EventAsync(string title)
    {
        await using var db = factory.Db();
        var programme = await db.Context.Programmes.Where(p => p.Code == "new-jobportunities-2").Select(p => p.Id).SingleAsync();
        var matchingEvent = new MatchingEvent(programme, title, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7), "Emmen", null, await factory.UserIdAsync(DemoAccounts.Adviser), DateTime.UtcNow);
        db.Context.MatchingEvents.Add(matchingEvent);
        await db.Context.SaveChangesAsync();
        return matchingEvent.Id;
    }

    private async Task<bool> IsArchivedAsync(int id)
    {
        await using var db = factory.Db();
        return (await db.Context.MatchingEvents.SingleAsync(e => e.Id == id)).IsArchived;
    }

    [Fact]
    public async Task ArchivedEvent_LeavesTheList_StaysReadable_RefusesInvitations_AndCanBeRestored()
    {
        var id = await EventAsync("Archiefplein Historie");
        var candidate = await factory.CandidateAsync("Evi", DemoAccounts.Coach, new());
        var adviser = await SignedInAsync(DemoAccounts.Adviser);
        Assert.Contains("Archiefplein Historie", await adviser.GetPageAsync("/matching-events"));

        Assert.Equal(HttpStatusCode.Redirect, (await adviser.PostFormAsync($"/matching-events/{id}", $"/matching-events/{id}/archive", Confirmed)).StatusCode);

        Assert.True(await IsArchivedAsync(id));
        var page = await adviser.GetPageAsync($"/matching-events/{id}");
        Assert.Contains("id=\"archived-notice\"", page);
        Assert.Contains($"/matching-events/{id}/restore", page);
        Assert.DoesNotContain("Archiefplein Historie", await adviser.GetPageAsync("/matching-events"));
        Assert.Contains("Archiefplein Historie", await adviser.GetPageAsync("/matching-events?archived=true"));
        await using (var db = factory.Db())
        {
            Assert.True(await db.Context.AuditEntries.AnyAsync(a => a.ObjectType == MatchingEventService.ObjectType && a.ObjectId == id.ToString() && a.Detail == "archive"));
        }

        // A coach reads the archived event with its notice but cannot invite anyone to it.
        var coach = await SignedInAsync(DemoAccounts.Coach);
        Assert.Contains("id=\"archived-notice\"", await coach.GetPageAsync($"/matching-events/{id}"));
        var invite = await coach.PostFormAsync($"/matching-events/{id}", $"/matching-events/{id}/candidates", [new("participantId", candidate.ToString())]);
        Assert.Contains("Deze matchingsbijeenkomst is gearchiveerd", await invite.Content.ReadAsStringAsync());
        await using (var db = factory.Db())
        {
            Assert.False(await db.Context.MatchingEvents.Where(e => e.Id == id).SelectMany(e => e.Candidates).AnyAsync());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await adviser.PostFormAsync($"/matching-events/{id}", $"/matching-events/{id}/restore", Confirmed)).StatusCode);
        Assert.False(await IsArchivedAsync(id));
        await adviser.GetPageAsync($"/matching-events/{id}");
        Assert.Contains("Archiefplein Historie", await adviser.GetPageAsync("/matching-events"));
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"/matching-events/{id}", $"/matching-events/{id}/candidates", [new("participantId", candidate.ToString())])).StatusCode);
    }

    [Fact]
    public async Task Archive_IsForAdvisersAndLeads_WithAConfirmation()
    {
        var id = await EventAsync("Archiefplein Rechten");
        var coach = await SignedInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.PostFormAsync($"/matching-events/{id}", $"/matching-events/{id}/archive", Confirmed)).StatusCode);

        var lead = await SignedInAsync(DemoAccounts.Lead);
        var unconfirmed = await lead.PostFormAsync($"/matching-events/{id}", $"/matching-events/{id}/archive", []);
        Assert.Contains("Vink ‘Bevestigen’ aan om te bevestigen.", await unconfirmed.Content.ReadAsStringAsync());
        Assert.False(await IsArchivedAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await lead.PostFormAsync("/matching-events", "/matching-events/999999/archive", Confirmed)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/matching-events/{id}", $"/matching-events/{id}/archive", Confirmed)).StatusCode);
        Assert.True(await IsArchivedAsync(id));
    }
}
