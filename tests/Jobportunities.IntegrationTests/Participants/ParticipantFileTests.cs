using System.Net;
using Jobportunities.Core.Participants;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Participants;

public class ParticipantFileTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Coach_RecordsContactAndLadderStep_AndSeesBothInTheHistory()
    {
        var id = await factory.ParticipantAsync("Journal", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        await coach.PostFormAsync("/", $"/participants/{id}/contacts",
            [new("Contact.Date", "2026-02-01"), new("Contact.Kind", "Meeting"), new("Contact.Summary", "Kennismaking, wil de zorg in"), new("Contact.NextAction", "CV maken"), new("Contact.NextActionDate", "2026-02-15")]);
        await coach.PostFormAsync("/", $"/participants/{id}/ladder", [new("Ladder.Step", "3"), new("Ladder.Date", "2026-02-01"), new("Ladder.Note", "Vrijwilligerswerk")]);

        var page = await coach.GetPageAsync($"/participants/{id}");
        Assert.Contains("Kennismaking, wil de zorg in", page);
        Assert.Contains("Vrijwilligerswerk", page);
        await using var db = factory.Db();
        var participant = await db.Context.Participants.SingleAsync(p => p.Id == id);
        Assert.Equal(new DateOnly(2026, 2, 1), participant.LastContactDate);
        Assert.Equal("CV maken", participant.NextAction);
        Assert.Equal(3, participant.LadderStep);
    }

    [Fact]
    public async Task Contact_WithErrors_KeepsWhatWasTyped()
    {
        var id = await factory.ParticipantAsync("Typed", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var response = await coach.PostFormAsync("/", $"/participants/{id}/contacts",
            [new("Contact.Date", "2026-02-01"), new("Contact.Kind", "Phone"), new("Contact.Summary", ""), new("Contact.NextAction", "Bellen met werkgever")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Vul de datum van de volgende actie in.", page);
        Assert.Contains("value=\"Bellen met werkgever\"", page);
    }

    [Fact]
    public async Task Phase_FollowsTheRules_IllegalTransitionIsRefused()
    {
        var id = await factory.ParticipantAsync("Phases", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        var skip = await coach.PostFormAsync("/", $"/participants/{id}/phase", [new("Phase.To", "Placed")]);
        Assert.Equal(HttpStatusCode.OK, skip.StatusCode);
        Assert.Contains("Deze overgang is niet toegestaan", await skip.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync("/", $"/participants/{id}/phase", [new("Phase.To", "Plan")])).StatusCode);
        var exitWithoutReason = await coach.PostFormAsync("/", $"/participants/{id}/phase", [new("Phase.To", "Exited")]);
        Assert.Contains("Kies de reden van uitstroom.", await exitWithoutReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync("/", $"/participants/{id}/phase", [new("Phase.To", "Exited"), new("Phase.ExitReason", "MovedAway")])).StatusCode);

        await using var db = factory.Db();
        var participant = await db.Context.Participants.SingleAsync(p => p.Id == id);
        Assert.Equal(Phase.Exited, participant.Phase);
        Assert.Equal(ExitReason.MovedAway, participant.ExitReason);
        Assert.Equal([Phase.Plan, Phase.Exited], await db.Context.PhaseChanges.Where(c => c.ParticipantId == id).OrderBy(c => c.Id).Select(c => c.To).ToListAsync());
    }

    [Fact]
    public async Task Profile_StaleSave_IsRefused_ShowingBothVersions_AndKeepingInput()
    {
        var id = await factory.ParticipantAsync("Stale", DemoAccounts.Coach);
        var first = factory.Browser();
        await first.SignInAsync(DemoAccounts.Coach);
        var second = factory.Browser();
        await second.SignInAsync(DemoAccounts.Coach);
        var firstFields = FormReader.Fields(await first.GetPageAsync($"/participants/{id}/profile/edit"));
        var secondFields = FormReader.Fields(await second.GetPageAsync($"/participants/{id}/profile/edit"));
        var profile = (Dictionary<string, string> f) => f.Where(kv => kv.Key.StartsWith("Profile.", StringComparison.Ordinal)).ToList();

        firstFields["Profile.Phone"] = "0591 111111";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync("/", $"/participants/{id}/profile", profile(firstFields))).StatusCode);

        secondFields["Profile.Phone"] = "0591 222222";
        var stale = await second.PostFormAsync("/", $"/participants/{id}/profile", profile(secondFields));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page);
        Assert.Contains("id=\"saved-meanwhile\"", page);
        Assert.Contains("0591 111111", page);
        Assert.Contains("value=\"0591 222222\"", page);
        await using var db = factory.Db();
        Assert.Equal("0591 111111", (await db.Context.Participants.SingleAsync(p => p.Id == id)).Phone);
    }

    [Fact]
    public async Task Lead_ReassignsACoach_ButTheCoachCannot()
    {
        var id = await factory.ParticipantAsync("Reassign", DemoAccounts.Coach);
        var target = await factory.UserIdAsync("coach2@jobportunities.test");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.PostFormAsync("/", $"/participants/{id}/coach", [new("Coach.CoachId", target)])).StatusCode);

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync("/", $"/participants/{id}/coach", [new("Coach.CoachId", target)])).StatusCode);

        await using var db = factory.Db();
        Assert.Equal(target, (await db.Context.Participants.SingleAsync(p => p.Id == id)).CoachId);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/participants/{id}")).StatusCode);
    }
}
