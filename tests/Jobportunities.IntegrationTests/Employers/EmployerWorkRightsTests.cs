using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.Core.Matching;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Matching;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Employers;

/// <summary>Every page and form of employer work, for every role (docs/roles-and-rights.md).</summary>
public class EmployerWorkRightsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private sealed record Ids(int Employer, int Vacancy, int Participant, int Proposal, int Event);

    private async Task<Ids> ArrangeAsync()
    {
        var employer = await factory.EmployerAsync("Rechten B.V.");
        var vacancy = await factory.VacancyAsync(employer, "Rechten vacature");
        var participant = await factory.CandidateAsync("Rechten", DemoAccounts.Coach, new());
        await using var db = factory.Db();
        var proposal = new VacancyProposal(vacancy, participant, await factory.UserIdAsync(DemoAccounts.Coach), factory.Clock.GetUtcNow().UtcDateTime, null);
        db.Context.VacancyProposals.Add(proposal);
        var programme = await db.Context.Programmes.Where(p => p.Code == "new-jobportunities-2").Select(p => p.Id).SingleAsync();
        var matchingEvent = new MatchingEvent(programme, "Rechtenplein", factory.Clock.Today(), "Emmen", null, await factory.UserIdAsync(DemoAccounts.Adviser), factory.Clock.GetUtcNow().UtcDateTime);
        matchingEvent.InviteCandidate(participant, "x", factory.Clock.GetUtcNow().UtcDateTime);
        matchingEvent.InviteEmployer(employer, "x", factory.Clock.GetUtcNow().UtcDateTime);
        db.Context.MatchingEvents.Add(matchingEvent);
        await db.Context.SaveChangesAsync();
        return new Ids(employer, vacancy, participant, proposal.Id, matchingEvent.Id);
    }

    private static string[] Pages(Ids i) =>
    [
        "/employers", "/employers/new", $"/employers/{i.Employer}", $"/employers/{i.Employer}/edit", $"/employers/{i.Employer}/vacancies/new",
        "/vacancies", $"/vacancies/{i.Vacancy}", $"/vacancies/{i.Vacancy}/edit", $"/vacancies/{i.Vacancy}/matches",
        "/matching-events", "/matching-events/new", $"/matching-events/{i.Event}",
    ];

    private static string[] Forms(Ids i) =>
    [
        "/employers/new", $"/employers/{i.Employer}/edit", $"/employers/{i.Employer}/contacts", $"/employers/{i.Employer}/vacancies/new",
        $"/vacancies/{i.Vacancy}/edit", $"/vacancies/{i.Vacancy}/status", $"/vacancies/{i.Vacancy}/proposals", $"/vacancies/{i.Vacancy}/proposals/{i.Proposal}/status",
        "/matching-events/new", $"/matching-events/{i.Event}/candidates", $"/matching-events/{i.Event}/employers",
        $"/matching-events/{i.Event}/candidates/{i.Participant}/attendance", $"/matching-events/{i.Event}/employers/{i.Employer}/attendance", $"/matching-events/{i.Event}/conversations",
    ];

    /// <summary>Pages and forms only advisers and leads use: keeping employers and vacancies, organising events.</summary>
    private static string[] Keeping(Ids i) =>
    [
        "/employers/new", $"/employers/{i.Employer}/edit", $"/employers/{i.Employer}/contacts", $"/employers/{i.Employer}/vacancies/new",
        $"/vacancies/{i.Vacancy}/edit", $"/vacancies/{i.Vacancy}/status", "/matching-events/new", $"/matching-events/{i.Event}/employers",
    ];

    [Theory]
    [InlineData(DemoAccounts.Adviser)]
    [InlineData(DemoAccounts.Lead)]
    [InlineData(DemoAccounts.Coach)]
    public async Task StaffOfTheProgramme_OpenEveryPage_ExceptCoachesOnTheKeepingPages(string email)
    {
        var ids = await ArrangeAsync();
        var client = factory.Browser();
        await client.SignInAsync(email);
        foreach (var page in Pages(ids))
        {
            var expected = email == DemoAccounts.Coach && Keeping(ids).Contains(page) ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
            Assert.True((await client.GetAsync(page)).StatusCode == expected, $"{email} GET {page}: expected {expected}");
        }
    }

    [Fact]
    public async Task Coach_IsRefusedTheKeepingForms()
    {
        var ids = await ArrangeAsync();
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        foreach (var form in Keeping(ids))
        {
            var response = await coach.PostFormAsync("/employers", form, [new("status", "Closed"), new("employerId", ids.Employer.ToString())]);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"coach POST {form}: {response.StatusCode}");
        }

        await using var db = factory.Db();
        Assert.Equal(Core.Employers.VacancyStatus.Open, (await db.Context.Vacancies.SingleAsync(v => v.Id == ids.Vacancy)).Status);
    }

    [Theory]
    [InlineData(DemoAccounts.Referrer)]
    [InlineData(DemoAccounts.Admin)]
    public async Task ReferrerAndAdministrator_AreRefusedEverything(string email)
    {
        var ids = await ArrangeAsync();
        var client = factory.Browser();
        await client.SignInAsync(email);
        foreach (var page in Pages(ids))
        {
            Assert.True((await client.GetAsync(page)).StatusCode == HttpStatusCode.Forbidden, $"{email} GET {page}");
        }

        foreach (var form in Forms(ids))
        {
            var response = await client.PostFormAsync("/", form, [new("status", "Closed"), new("participantId", ids.Participant.ToString())]);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{email} POST {form}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Stranger_IsSentToLogin()
    {
        var ids = await ArrangeAsync();
        var client = factory.Browser();
        foreach (var page in Pages(ids))
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/login"), $"GET {page}: {response.StatusCode}");
        }

        foreach (var form in Forms(ids))
        {
            var response = await client.PostAsync(form, new FormUrlEncodedContent([new("status", "Closed")]));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/login"), $"POST {form}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData(DemoAccounts.Adviser, true)]
    [InlineData(DemoAccounts.Coach, true)]
    [InlineData(DemoAccounts.Lead, true)]
    [InlineData(DemoAccounts.Referrer, false)]
    [InlineData(DemoAccounts.Admin, false)]
    public async Task Navigation_ListsEmployerWork_ForAdvisersCoachesAndLeads(string email, bool listed)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        var home = await client.GetPageAsync("/");
        foreach (var href in new[] { "href=\"/employers\"", "href=\"/vacancies\"", "href=\"/matching-events\"" })
        {
            Assert.Equal(listed, home.Contains(href, StringComparison.Ordinal));
        }
    }
}
