using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Matching;

/// <summary>The ranked candidates for a vacancy: order, explanation, travel exclusion, and who sees whom.</summary>
public class MatchingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string OtherCoach = "coach2@jobportunities.test";

    private static int Position(string page, int participantId)
    {
        var at = page.IndexOf($"id=\"match-{participantId}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"Participant {participantId} is not in the ranking.");
        return at;
    }

    private async Task<HttpClient> SignedInAsync(string email, string? culture = null)
    {
        var client = factory.Browser(culture);
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task Ranking_OrdersByScore_ExplainsEachCriterion_AndLeavesOutThoseTooFar()
    {
        var employer = await factory.EmployerAsync("Rangschikking B.V.");
        var vacancy = await factory.VacancyAsync(employer, "Orderpicker rangschikking", requirements: "Heftruck rijden, Excel basis.");
        var best = await factory.CandidateAsync("Anna", DemoAccounts.Coach,
            new(Wishes: [Sector.TransportLogistics], Hours: 36, Skills: ["Heftruck rijden", "Excel"], Experience: [(Sector.TransportLogistics, 4)]));
        var coevorden = await factory.CandidateAsync("Bram", DemoAccounts.Coach, new(Wishes: [Sector.TransportLogistics], Hours: 24, Postcode: "7741 AB"));
        var withoutCar = await factory.CandidateAsync("Cor", DemoAccounts.Coach, new(Hours: 40, Car: false, Skills: ["Excel"], Experience: [(Sector.Care, 3)], Phase: Phase.Trajectory));
        var nordhorn = await factory.CandidateAsync("Dirk", DemoAccounts.Coach, new(Wishes: [Sector.TransportLogistics], Postcode: "48529", Country: "DE"));
        var inIntake = await factory.CandidateAsync("Els", DemoAccounts.Coach, new(Wishes: [Sector.TransportLogistics], Phase: Phase.Intake));
        var coach = await SignedInAsync(DemoAccounts.Coach);

        var page = await coach.GetPageAsync($"/vacancies/{vacancy}/matches");

        Assert.True(Position(page, best) < Position(page, coevorden));
        Assert.True(Position(page, coevorden) < Position(page, withoutCar));
        Assert.DoesNotContain($"id=\"match-{nordhorn}\"", page);
        Assert.DoesNotContain($"id=\"match-{inIntake}\"", page);
        Assert.Contains("Niet getoond wegens een te lange reistijd: 1.", page);

        // Anna: 30 + 25 + 20 (two skills) + 20; Bram: 25 + 18 + 0 + 15 (30 minutes by car); Cor: 0 + 25 + 10 + 19 (10 minutes by bus).
        Assert.Contains("95 van 100 punten", page);
        Assert.Contains("58 van 100 punten", page);
        Assert.Contains("54 van 100 punten", page);
        Assert.Contains("Sectorwens: Transport en logistiek; 4 jaar ervaring in deze sector.", page);
        Assert.Contains("In de functie-eisen gevonden: Heftruck rijden, Excel.", page);
        Assert.Contains("Beschikbaar 24 uur per week, minder dan de 32 uur die de vacature vraagt.", page);
        Assert.Contains("18,9 km hemelsbreed, ongeveer 30 minuten met de auto; binnen de grens van 60 minuten.", page);
        Assert.Contains("Geen wens voor en geen ervaring in Transport en logistiek.", page);
        Assert.Contains("In hetzelfde postcodegebied; binnen de grens van 60 minuten.", page);
        Assert.Contains("Nog geen vaardigheden in de scan.", page);
    }

    [Fact]
    public async Task Explanation_IsInTheUsersLanguage()
    {
        var employer = await factory.EmployerAsync("Sprache GmbH-Test B.V.");
        var vacancy = await factory.VacancyAsync(employer, "Lagerhelfer Sprache", requirements: null);
        await factory.CandidateAsync("Frieda", DemoAccounts.Coach, new(Wishes: [Sector.TransportLogistics], Hours: null, Postcode: "49716", Country: "DE"));

        var german = await (await SignedInAsync(DemoAccounts.Coach, "de")).GetPageAsync($"/vacancies/{vacancy}/matches");
        Assert.Contains("Branchenwunsch: Transport und Logistik.", german);
        Assert.Contains("Verfügbare Stunden unbekannt; die Stelle verlangt 32 Stunden pro Woche.", german);
        Assert.Contains("Das Stellenangebot nennt keine Anforderungen.", german);
        Assert.Contains("27,5 km Luftlinie, etwa 43 Minuten mit dem Auto", german);

        var english = await (await SignedInAsync(DemoAccounts.Coach, "en")).GetPageAsync($"/vacancies/{vacancy}/matches");
        Assert.Contains("Sector wish: Transport and logistics.", english);
        Assert.Contains("27.5 km as the crow flies, about 43 minutes by car", english);
    }

    [Fact]
    public async Task UnknownDistance_ExcludesNoOne_AndSaysSo()
    {
        var employer = await factory.EmployerAsync("Ver weg B.V.");
        var vacancy = await factory.VacancyAsync(employer, "Servicemonteur Amsterdam", sector: Sector.Engineering, postcode: "1012 AB");
        var candidate = await factory.CandidateAsync("Gijs", DemoAccounts.Coach, new(Wishes: [Sector.Engineering], MaxMinutes: 10));

        var page = await (await SignedInAsync(DemoAccounts.Coach)).GetPageAsync($"/vacancies/{vacancy}/matches");

        Position(page, candidate);
        Assert.Contains("Afstand onbekend", page);
    }

    [Fact]
    public async Task Adviser_SeesOnlyCandidatesWhoConsented_AndOnlyTheWorkProfile()
    {
        var employer = await factory.EmployerAsync("Toestemming B.V.");
        var vacancy = await factory.VacancyAsync(employer, "Magazijn toestemming");
        var consented = await factory.CandidateAsync("Hanna", DemoAccounts.Coach, new(Wishes: [Sector.TransportLogistics]), shareWithEmployers: true);
        var notConsented = await factory.CandidateAsync("Ivo", DemoAccounts.Coach, new(Wishes: [Sector.TransportLogistics]), shareWithEmployers: false);
        var withdrawn = await factory.CandidateAsync("Joke", DemoAccounts.Coach, new(Wishes: [Sector.TransportLogistics]), shareWithEmployers: true);
        await factory.SetEmployerConsentAsync(withdrawn, given: false);
        var adviser = await SignedInAsync(DemoAccounts.Adviser);

        var page = await adviser.GetPageAsync($"/vacancies/{vacancy}/matches");

        Position(page, consented);
        Assert.DoesNotContain($"id=\"match-{notConsented}\"", page);
        Assert.DoesNotContain($"id=\"match-{withdrawn}\"", page);
        Assert.DoesNotContain("Ivo Test", page);
        Assert.DoesNotContain("@example.test", page);
        Assert.Contains("id=\"consent-note\"", page);
        Assert.Contains($"href=\"/participants/{consented}\"", page);
        Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync($"/participants/{consented}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.GetAsync($"/participants/{notConsented}")).StatusCode);

        var coach = await (await SignedInAsync(DemoAccounts.Coach)).GetPageAsync($"/vacancies/{vacancy}/matches");
        Position(coach, notConsented);
        Position(coach, withdrawn);
        Assert.Contains("Geen toestemming voor werkgevers", coach);
    }

    [Fact]
    public async Task Coach_SeesTheirCaseload_LeadTheWholeProgramme()
    {
        var employer = await factory.EmployerAsync("Caseload B.V.");
        var vacancy = await factory.VacancyAsync(employer, "Chauffeur caseload");
        var own = await factory.CandidateAsync("Karin", DemoAccounts.Coach, new(Wishes: [Sector.TransportLogistics]), shareWithEmployers: false);
        var colleagues = await factory.CandidateAsync("Lars", OtherCoach, new(Wishes: [Sector.TransportLogistics]), shareWithEmployers: false);

        var coach = await (await SignedInAsync(DemoAccounts.Coach)).GetPageAsync($"/vacancies/{vacancy}/matches");
        Position(coach, own);
        Assert.DoesNotContain($"id=\"match-{colleagues}\"", coach);

        var lead = await (await SignedInAsync(DemoAccounts.Lead)).GetPageAsync($"/vacancies/{vacancy}/matches");
        Position(lead, own);
        Position(lead, colleagues);
        Assert.DoesNotContain("id=\"consent-note\"", lead);
    }

    [Fact]
    public async Task Ranking_IsAudited_BecauseItReadsWorkProfiles()
    {
        var employer = await factory.EmployerAsync("Audit B.V.");
        var vacancy = await factory.VacancyAsync(employer, "Audit vacature");
        await (await SignedInAsync(DemoAccounts.Adviser)).GetPageAsync($"/vacancies/{vacancy}/matches");

        await using var db = factory.Db();
        var adviser = await factory.UserIdAsync(DemoAccounts.Adviser);
        Assert.True(await db.Context.AuditEntries.AnyAsync(a => a.ActorUserId == adviser && a.ObjectType == "VacancyMatches" && a.ObjectId == vacancy.ToString()));
    }
}
