using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Participants;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Matching;

/// <summary>A coach proposes their own candidate; the adviser sees it on the vacancy and follows the status.</summary>
public class ProposalTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    private static Task<HttpResponseMessage> ProposeAsync(HttpClient client, int vacancy, int participant, string note = "Past goed") =>
        client.PostFormAsync($"/vacancies/{vacancy}/matches", $"/vacancies/{vacancy}/proposals", [new("participantId", participant.ToString()), new("note", note)]);

    private async Task<int> VacancyAsync(string title)
    {
        var employer = await factory.EmployerAsync(title + " B.V.");
        return await factory.VacancyAsync(employer, title);
    }

    [Fact]
    public async Task Coach_ProposesOwnCandidate_AdviserSeesItAndFollowsTheStatus()
    {
        var vacancy = await VacancyAsync("Voordracht");
        var candidate = await factory.CandidateAsync("Mila", DemoAccounts.Coach, new(Wishes: [Sector.TransportLogistics]));
        var coach = await SignedInAsync(DemoAccounts.Coach);
        Assert.Contains("Mila Test voordragen", await coach.GetPageAsync($"/vacancies/{vacancy}/matches"));

        var response = await ProposeAsync(coach, vacancy, candidate, "Rijdt graag heftruck");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/vacancies/{vacancy}#proposals", response.Headers.Location!.ToString());
        Assert.Contains("Voorgedragen: Nog geen reactie", await coach.GetPageAsync($"/vacancies/{vacancy}/matches"));

        var adviser = await SignedInAsync(DemoAccounts.Adviser);
        var page = await adviser.GetPageAsync($"/vacancies/{vacancy}");
        Assert.Contains("id=\"proposal-list\"", page);
        Assert.Contains("Mila Test", page);
        Assert.Contains("Rijdt graag heftruck", page);
        Assert.Contains("Sanne de Vries", page);

        var proposal = await ProposalIdAsync(vacancy, candidate);
        Assert.Equal(HttpStatusCode.Redirect, (await adviser.PostFormAsync($"/vacancies/{vacancy}", $"/vacancies/{vacancy}/proposals/{proposal}/status", [new("status", "Invited")])).StatusCode);
        await using var db = factory.Db();
        Assert.Equal(ProposalStatus.Invited, (await db.Context.VacancyProposals.SingleAsync(p => p.Id == proposal)).Status);

        // The participant file lists the proposal too, for the coach and (with consent) the adviser.
        var file = await coach.GetPageAsync($"/participants/{candidate}");
        Assert.Contains("id=\"participant-proposals\"", file);
        Assert.Contains("Voordracht", file);
        Assert.Contains("Uitgenodigd voor gesprek", file);
        Assert.Contains("id=\"participant-proposals\"", await adviser.GetPageAsync($"/participants/{candidate}"));
    }

    [Fact]
    public async Task Proposal_IsRefused_WithoutConsent_OrTwice_OrWhenNotActive()
    {
        var vacancy = await VacancyAsync("Weigering");
        var noConsent = await factory.CandidateAsync("Noor", DemoAccounts.Coach, new(), shareWithEmployers: false);
        var consented = await factory.CandidateAsync("Olaf", DemoAccounts.Coach, new());
        var inIntake = await factory.CandidateAsync("Pien", DemoAccounts.Coach, new(Phase: Phase.Intake));
        var coach = await SignedInAsync(DemoAccounts.Coach);

        var refused = await ProposeAsync(coach, vacancy, noConsent);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("geen toestemming gegeven", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(coach, vacancy, consented)).StatusCode);
        Assert.Contains("al voorgedragen", await (await ProposeAsync(coach, vacancy, consented)).Content.ReadAsStringAsync());
        Assert.Contains("fase Plan of Traject", await (await ProposeAsync(coach, vacancy, inIntake)).Content.ReadAsStringAsync());

        await using var db = factory.Db();
        Assert.Equal(1, await db.Context.VacancyProposals.CountAsync(p => p.VacancyId == vacancy));
    }

    [Fact]
    public async Task OnlyTheCandidatesCoach_Proposes()
    {
        var vacancy = await VacancyAsync("Eigen caseload");
        var colleagues = await factory.CandidateAsync("Quinten", "coach2@jobportunities.test", new());

        Assert.Equal(HttpStatusCode.NotFound, (await ProposeAsync(await SignedInAsync(DemoAccounts.Coach), vacancy, colleagues)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ProposeAsync(await SignedInAsync(DemoAccounts.Lead), vacancy, colleagues)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ProposeAsync(await SignedInAsync(DemoAccounts.Adviser), vacancy, colleagues)).StatusCode);
        await using var db = factory.Db();
        Assert.False(await db.Context.VacancyProposals.AnyAsync(p => p.VacancyId == vacancy));
    }

    [Fact]
    public async Task Adviser_NoLongerSeesTheProposal_WhenConsentIsWithdrawn()
    {
        var vacancy = await VacancyAsync("Intrekking");
        var candidate = await factory.CandidateAsync("Rosa", DemoAccounts.Coach, new());
        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(await SignedInAsync(DemoAccounts.Coach), vacancy, candidate)).StatusCode);
        var proposal = await ProposalIdAsync(vacancy, candidate);
        await factory.SetEmployerConsentAsync(candidate, given: false);
        var adviser = await SignedInAsync(DemoAccounts.Adviser);

        var page = await adviser.GetPageAsync($"/vacancies/{vacancy}");

        Assert.DoesNotContain("Rosa Test", page);
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.PostFormAsync($"/vacancies/{vacancy}", $"/vacancies/{vacancy}/proposals/{proposal}/status", [new("status", "Hired")])).StatusCode);
        Assert.Contains("Rosa Test", await (await SignedInAsync(DemoAccounts.Coach)).GetPageAsync($"/vacancies/{vacancy}"));
    }

    [Fact]
    public async Task ProposalStatus_ByAnotherCoach_DoesNotExist()
    {
        var vacancy = await VacancyAsync("Status andere coach");
        var candidate = await factory.CandidateAsync("Sem", DemoAccounts.Coach, new());
        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(await SignedInAsync(DemoAccounts.Coach), vacancy, candidate)).StatusCode);
        var proposal = await ProposalIdAsync(vacancy, candidate);

        var other = await SignedInAsync("coach2@jobportunities.test");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/vacancies/{vacancy}", $"/vacancies/{vacancy}/proposals/{proposal}/status", [new("status", "Rejected")])).StatusCode);
        Assert.DoesNotContain("Sem Test", await other.GetPageAsync($"/vacancies/{vacancy}"));
    }

    private async Task<int> ProposalIdAsync(int vacancy, int participant)
    {
        await using var db = factory.Db();
        return await db.Context.VacancyProposals.Where(p => p.VacancyId == vacancy && p.ParticipantId == participant).Select(p => p.Id).SingleAsync();
    }
}
