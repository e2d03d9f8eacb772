using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Matching;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Employers;

/// <summary>Archiving vacancies instead of deleting them (ADR 0025).</summary>
public class VacancyArchiveTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly KeyValuePair<string, string>[] Confirmed = [new("Archive.Confirm", "true")];

    private async Task<int> VacancyAsync(string title)
    {
        var employer = await factory.EmployerAsync(title + " B.V.");
        return await factory.VacancyAsync(employer, title);
    }

    private async Task<bool> IsArchivedAsync(int vacancyId)
    {
        await using var db = factory.Db();
        return (await db.Context.Vacancies.SingleAsync(v => v.Id == vacancyId)).IsArchived;
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task Archive_WithoutConfirmation_IsRefused_NamingTheField()
    {
        var vacancy = await VacancyAsync("Archiefvacature Bevestigen");
        var adviser = await SignedInAsync(DemoAccounts.Adviser);

        var response = await adviser.PostFormAsync($"/vacancies/{vacancy}", $"/vacancies/{vacancy}/archive", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vink ‘Bevestigen’ aan om te bevestigen.", await response.Content.ReadAsStringAsync());
        Assert.False(await IsArchivedAsync(vacancy));
    }

    [Fact]
    public async Task ArchivedVacancy_LeavesListsAndProposals_StaysReadable_AndCanBeRestored()
    {
        var vacancy = await VacancyAsync("Archiefvacature Historie");
        var candidate = await factory.CandidateAsync("Archa", DemoAccounts.Coach, new(Wishes: [Sector.TransportLogistics]));
        var adviser = await SignedInAsync(DemoAccounts.Adviser);
        Assert.Contains("Archiefvacature Historie", await adviser.GetPageAsync("/vacancies"));

        Assert.Equal(HttpStatusCode.Redirect, (await adviser.PostFormAsync($"/vacancies/{vacancy}", $"/vacancies/{vacancy}/archive", Confirmed)).StatusCode);

        Assert.True(await IsArchivedAsync(vacancy));
        // The vacancy's own page first: it stays readable, shows it is archived and uses up the notice that names it.
        var page = await adviser.GetPageAsync($"/vacancies/{vacancy}");
        Assert.Contains("id=\"archived-notice\"", page);
        Assert.Contains("/vacancies/" + vacancy + "/restore", page);
        Assert.DoesNotContain("Archiefvacature Historie", await adviser.GetPageAsync("/vacancies"));
        Assert.DoesNotContain("Archiefvacature Historie", await adviser.GetPageAsync("/vacancies?status=all"));
        Assert.Contains("Archiefvacature Historie", await adviser.GetPageAsync("/vacancies?archived=true"));
        await using (var db = factory.Db())
        {
            Assert.True(await db.Context.AuditEntries.AnyAsync(a => a.ObjectType == AuditObjects.Vacancy && a.ObjectId == vacancy.ToString() && a.Detail == "archive"));
        }

        // A coach cannot propose a candidate for an archived vacancy.
        var coach = await SignedInAsync(DemoAccounts.Coach);
        var proposal = await coach.PostFormAsync($"/vacancies/{vacancy}/matches", $"/vacancies/{vacancy}/proposals", [new("participantId", candidate.ToString()), new("note", "Past")]);
        Assert.Contains("De vacature is niet meer open.", await proposal.Content.ReadAsStringAsync());
        await using (var db = factory.Db())
        {
            Assert.False(await db.Context.VacancyProposals.AnyAsync(p => p.VacancyId == vacancy));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await adviser.PostFormAsync($"/vacancies/{vacancy}", $"/vacancies/{vacancy}/restore", Confirmed)).StatusCode);
        Assert.False(await IsArchivedAsync(vacancy));
        await adviser.GetPageAsync($"/vacancies/{vacancy}");
        Assert.Contains("Archiefvacature Historie", await adviser.GetPageAsync("/vacancies"));
        Assert.DoesNotContain("Archiefvacature Historie", await adviser.GetPageAsync("/vacancies?archived=true"));
    }

    [Fact]
    public async Task Archive_IsForThoseWhoKeepTheVacancies()
    {
        var vacancy = await VacancyAsync("Archiefvacature Rechten");
        var coach = await SignedInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.PostFormAsync($"/vacancies/{vacancy}", $"/vacancies/{vacancy}/archive", Confirmed)).StatusCode);

        var lead = await SignedInAsync(DemoAccounts.Lead);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.PostFormAsync("/vacancies", "/vacancies/999999/archive", Confirmed)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/vacancies/{vacancy}", $"/vacancies/{vacancy}/archive", Confirmed)).StatusCode);
        Assert.True(await IsArchivedAsync(vacancy));
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/vacancies/{vacancy}", $"/vacancies/{vacancy}/restore", Confirmed)).StatusCode);
        Assert.False(await IsArchivedAsync(vacancy));
    }
}
