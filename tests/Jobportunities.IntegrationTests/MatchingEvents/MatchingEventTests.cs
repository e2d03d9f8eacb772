using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Placements;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Matching;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.MatchingEvents;

/// <summary>Matching events: create, invite, attendance from the day on, conversations, placements, and who sees which candidate.</summary>
public class MatchingEventTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<int> CreateEventAsync(HttpClient adviser, string title, DateOnly date)
    {
        var fields = FormReader.Fields(await adviser.GetPageAsync("/matching-events/new"));
        fields["Form.Title"] = title;
        fields["Form.Date"] = date.ToString("yyyy-MM-dd");
        fields["Form.Place"] = "Raadhuisplein 1, Emmen";
        fields["Form.Description"] = "Tafels per sector";
        var response = await adviser.PostFormAsync("/matching-events/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string path, params (string Name, string Value)[] fields) =>
        client.PostFormAsync($"/matching-events/{id}", $"/matching-events/{id}/{path}", fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private DateOnly Today => factory.Clock.Today();

    [Fact]
    public async Task Event_FromInvitationToConversation_AndItsPlacements()
    {
        var adviser = await SignedInAsync(DemoAccounts.Adviser);
        var coach = await SignedInAsync(DemoAccounts.Coach);
        var employer = await factory.EmployerAsync("Meedoen Techniek B.V.");
        var candidate = await factory.CandidateAsync("Tess", DemoAccounts.Coach, new());
        var id = await CreateEventAsync(adviser, "Meedoenplein vandaag", Today);
        Assert.Contains("Meedoenplein vandaag", await adviser.GetPageAsync("/matching-events"));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coach, id, "candidates", ("participantId", candidate.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(adviser, id, "employers", ("employerId", employer.ToString()))).StatusCode);
        Assert.Contains("Deze is al uitgenodigd.", await (await PostAsync(coach, id, "candidates", ("participantId", candidate.ToString()))).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coach, id, $"candidates/{candidate}/attendance", ("attendance", "Came"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(adviser, id, $"employers/{employer}/attendance", ("attendance", "DidNotCome"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(adviser, id, "conversations",
            ("Conversation.ParticipantId", candidate.ToString()), ("Conversation.EmployerId", employer.ToString()), ("Conversation.Outcome", "Meeloopdag op 3 maart"))).StatusCode);

        await using (var db = factory.Db())
        {
            var placement = new Placement(candidate, employer, null, PlacementKind.Job, ContractType.FixedTerm, 32, "NL", Today.AddDays(14), await factory.UserIdAsync(DemoAccounts.Coach), factory.Clock.GetUtcNow().UtcDateTime);
            placement.LinkMatchingEvent(id);
            db.Context.Placements.Add(placement);
            await db.Context.SaveChangesAsync();
        }

        var page = await adviser.GetPageAsync($"/matching-events/{id}");
        Assert.Contains("Tess Test", page);
        Assert.Contains("Meedoen Techniek B.V.", page);
        Assert.Contains("Meeloopdag op 3 maart", page);
        Assert.Contains("id=\"placement-list\"", page);
        await using var check = factory.Db();
        var saved = await check.Context.MatchingEvents.Include(e => e.Candidates).Include(e => e.Employers).SingleAsync(e => e.Id == id);
        Assert.Equal(Attendance.Came, saved.Candidates.Single().Attendance);
        Assert.Equal(Attendance.DidNotCome, saved.Employers.Single().Attendance);
        var list = await adviser.GetPageAsync("/matching-events");
        Assert.Contains("Meedoenplein vandaag", list);
    }

    [Fact]
    public async Task Attendance_AndConversations_WaitForTheDayOfTheEvent()
    {
        var adviser = await SignedInAsync(DemoAccounts.Adviser);
        var candidate = await factory.CandidateAsync("Uma", DemoAccounts.Coach, new());
        var employer = await factory.EmployerAsync("Later B.V.");
        var id = await CreateEventAsync(adviser, "Meedoenplein volgende maand", Today.AddDays(30));
        await PostAsync(adviser, id, "candidates", ("participantId", candidate.ToString()));
        await PostAsync(adviser, id, "employers", ("employerId", employer.ToString()));

        var page = await adviser.GetPageAsync($"/matching-events/{id}");
        Assert.Contains("id=\"not-started\"", page);
        Assert.DoesNotContain($"/candidates/{candidate}/attendance", page);
        var early = await PostAsync(adviser, id, $"candidates/{candidate}/attendance", ("attendance", "Came"));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("vanaf de dag van de bijeenkomst", await early.Content.ReadAsStringAsync());
        var conversation = await PostAsync(adviser, id, "conversations",
            ("Conversation.ParticipantId", candidate.ToString()), ("Conversation.EmployerId", employer.ToString()), ("Conversation.Outcome", "Te vroeg"));
        Assert.Equal(HttpStatusCode.OK, conversation.StatusCode);
        await using var db = factory.Db();
        Assert.Equal(Attendance.Invited, (await db.Context.MatchingEvents.Include(e => e.Candidates).SingleAsync(e => e.Id == id)).Candidates.Single().Attendance);
    }

    [Fact]
    public async Task Adviser_SeesAndInvitesOnlyCandidatesWhoConsented()
    {
        var adviser = await SignedInAsync(DemoAccounts.Adviser);
        var coach = await SignedInAsync(DemoAccounts.Coach);
        var consented = await factory.CandidateAsync("Vera", DemoAccounts.Coach, new());
        var notConsented = await factory.CandidateAsync("Wout", DemoAccounts.Coach, new(), shareWithEmployers: false);
        var id = await CreateEventAsync(adviser, "Meedoenplein toestemming", Today);

        var invitable = await adviser.GetPageAsync($"/matching-events/{id}");
        Assert.Contains("Vera Test", invitable);
        Assert.DoesNotContain("Wout Test", invitable);
        Assert.Contains("niet uitnodigen", await (await PostAsync(adviser, id, "candidates", ("participantId", notConsented.ToString()))).Content.ReadAsStringAsync());

        // The coach invites both of theirs; the one without consent is not shown to the adviser (nor so to employers).
        await PostAsync(coach, id, "candidates", ("participantId", consented.ToString()));
        await PostAsync(coach, id, "candidates", ("participantId", notConsented.ToString()));
        var coachPage = await coach.GetPageAsync($"/matching-events/{id}");
        Assert.Contains("Wout Test", coachPage);
        Assert.Contains("Nee, geen toestemming", coachPage);
        var adviserPage = await adviser.GetPageAsync($"/matching-events/{id}");
        Assert.Contains("Vera Test", adviserPage);
        Assert.DoesNotContain("Wout Test", adviserPage);
    }

    [Fact]
    public async Task Create_ValidatesTheForm()
    {
        var adviser = await SignedInAsync(DemoAccounts.Adviser);
        var response = await adviser.PostFormAsync("/matching-events/new", [new("Form.Title", ""), new("Form.Place", ""), new("Form.Date", "")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Form_Title-error", page);
        Assert.Contains("Form_Place-error", page);
        Assert.Contains("Form_Date-error", page);
    }

    [Fact]
    public async Task AnotherProgrammesEvent_DoesNotExist_AndCoachesDoNotOrganise()
    {
        int other;
        await using (var db = factory.Db())
        {
            var programme = await db.Context.Programmes.Where(p => p.Code == "meedoen-werkt").Select(p => p.Id).SingleAsync();
            var e = new MatchingEvent(programme, "Meedoenplein Ulft", Today, "Ulft", null, await factory.UserIdAsync(DemoAccounts.Lead), factory.Clock.GetUtcNow().UtcDateTime);
            db.Context.MatchingEvents.Add(e);
            await db.Context.SaveChangesAsync();
            other = e.Id;
        }

        var adviser = await SignedInAsync(DemoAccounts.Adviser);
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.GetAsync($"/matching-events/{other}")).StatusCode);
        var employer = await factory.EmployerAsync("Niet daar B.V.");
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.PostFormAsync("/matching-events", $"/matching-events/{other}/employers", [new("employerId", employer.ToString())])).StatusCode);
        Assert.DoesNotContain("Meedoenplein Ulft", await adviser.GetPageAsync("/matching-events"));
        Assert.Contains("Meedoenplein Ulft", await (await SignedInAsync(DemoAccounts.Lead)).GetPageAsync("/matching-events"));

        var coach = await SignedInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync("/matching-events/new")).StatusCode);
        var mine = await CreateEventAsync(adviser, "Meedoenplein coach", Today);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(coach, mine, "employers", ("employerId", "1"))).StatusCode);
    }
}
