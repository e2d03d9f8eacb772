using System.Net;
using Jobportunities.Core.Employers;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Matching;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Employers;

/// <summary>Vacancies: the form, the list and its filters, the status, and the programme's boundary.</summary>
public class VacancyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<int> MainProgrammeAsync()
    {
        await using var db = factory.Db();
        return await db.Context.Programmes.Where(p => p.Code == "new-jobportunities-2").Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task Adviser_AddsAVacancy_AndSeesItInTheOpenList()
    {
        var employer = await factory.EmployerAsync("Vacaturebedrijf B.V.");
        var client = await SignedInAsync(DemoAccounts.Adviser);
        var form = FormReader.Fields(await client.GetPageAsync($"/employers/{employer}/vacancies/new"));
        Assert.Equal("7811 AD", form["Form.Postcode"]);
        Assert.Equal((await MainProgrammeAsync()).ToString(), form["Form.ProgrammeId"]);

        form["Form.Title"] = "Orderpicker nachtdienst";
        form["Form.Sector"] = "TransportLogistics";
        form["Form.HoursPerWeek"] = "24";
        form["Form.Openings"] = "3";
        form["Form.Requirements"] = "Heftruck rijden";
        form["Form.IsCreatedWorkplace"] = "true";
        var response = await client.PostFormAsync($"/employers/{employer}/vacancies/new", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("Orderpicker nachtdienst", page);
        Assert.Contains("Gecreëerde werkplek", page);
        Assert.Contains("href=\"/vacancies/", page);
        var list = await client.GetPageAsync("/vacancies?sector=TransportLogistics");
        Assert.Contains("Orderpicker nachtdienst", list);
        Assert.DoesNotContain("Orderpicker nachtdienst", await client.GetPageAsync("/vacancies?sector=Care"));
        Assert.Contains("Orderpicker nachtdienst", await client.GetPageAsync($"/employers/{employer}"));
    }

    [Fact]
    public async Task Create_ShowsErrors_ForAnInvalidForm()
    {
        var employer = await factory.EmployerAsync("Foutief B.V.");
        var client = await SignedInAsync(DemoAccounts.Adviser);
        var response = await client.PostFormAsync($"/employers/{employer}/vacancies/new",
            [new("Form.ProgrammeId", (await MainProgrammeAsync()).ToString()), new("Form.Title", ""), new("Form.Sector", "Ict"), new("Form.HoursPerWeek", "70"),
             new("Form.Postcode", "49716"), new("Form.Country", "NL"), new("Form.Openings", "0")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-summary\"", page);
        Assert.Contains("Form_Title-error", page);
        Assert.Contains("Form_HoursPerWeek-error", page);
        Assert.Contains("Form_Postcode-error", page);
        Assert.Contains("Form_Openings-error", page);
    }

    [Fact]
    public async Task Create_RefusesAProgrammeTheAdviserDoesNotWorkIn()
    {
        var employer = await factory.EmployerAsync("Ander programma B.V.");
        await using (var db = factory.Db())
        {
            var other = await db.Context.Programmes.Where(p => p.Code == "meedoen-werkt").Select(p => p.Id).SingleAsync();
            var client = await SignedInAsync(DemoAccounts.Adviser);
            var response = await client.PostFormAsync($"/employers/{employer}/vacancies/new",
                [new("Form.ProgrammeId", other.ToString()), new("Form.Title", "Stiekem"), new("Form.Sector", "Ict"), new("Form.HoursPerWeek", "20"),
                 new("Form.Postcode", "7071 AA"), new("Form.Country", "NL"), new("Form.Openings", "1")]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Kies een programma waarin u werkt.", await response.Content.ReadAsStringAsync());
        }

        await using var check = factory.Db();
        Assert.False(await check.Context.Vacancies.AnyAsync(v => v.Title == "Stiekem"));
    }

    [Fact]
    public async Task Edit_AndStatus_ChangeTheVacancy_AndTheDefaultListShowsOpenOnly()
    {
        var employer = await factory.EmployerAsync("Status B.V.");
        var id = await factory.VacancyAsync(employer, "Magazijnmedewerker status");
        var client = await SignedInAsync(DemoAccounts.Lead);
        var fields = FormReader.Fields(await client.GetPageAsync($"/vacancies/{id}/edit"));
        fields["Form.Title"] = "Magazijnmedewerker status (gewijzigd)";
        fields["Form.HoursPerWeek"] = "20";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/vacancies/{id}/edit", fields)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/vacancies/{id}", $"/vacancies/{id}/status", [new("status", "Filled")])).StatusCode);
        Assert.Contains("Vervuld", await client.GetPageAsync($"/vacancies/{id}"));

        await using var db = factory.Db();
        var vacancy = await db.Context.Vacancies.SingleAsync(v => v.Id == id);
        Assert.Equal(("Magazijnmedewerker status (gewijzigd)", 20m, VacancyStatus.Filled), (vacancy.Title, vacancy.HoursPerWeek, vacancy.Status));
        Assert.DoesNotContain("Magazijnmedewerker status", await client.GetPageAsync("/vacancies"));
        Assert.Contains("Magazijnmedewerker status", await client.GetPageAsync("/vacancies?status=Filled"));
        Assert.Contains("Magazijnmedewerker status", await client.GetPageAsync("/vacancies?status=all"));
    }

    [Fact]
    public async Task AnotherProgrammesVacancy_DoesNotExist_ForTheAdviser()
    {
        var employer = await factory.EmployerAsync("Achterhoek B.V.");
        var id = await factory.VacancyAsync(employer, "Leerling metaalbewerker Ulft", postcode: "7071 AA", programmeCode: "meedoen-werkt");
        var client = await SignedInAsync(DemoAccounts.Adviser);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/vacancies/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/vacancies/{id}/matches")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/vacancies/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/vacancies", $"/vacancies/{id}/status", [new("status", "Closed")])).StatusCode);
        Assert.DoesNotContain("Leerling metaalbewerker Ulft", await client.GetPageAsync("/vacancies?status=all"));
        Assert.DoesNotContain("Leerling metaalbewerker Ulft", await client.GetPageAsync($"/employers/{employer}"));

        var lead = await SignedInAsync(DemoAccounts.Lead);
        Assert.Contains("Leerling metaalbewerker Ulft", await lead.GetPageAsync($"/vacancies/{id}"));
    }

    [Fact]
    public async Task Coach_ReadsVacancies_ButDoesNotKeepThem()
    {
        var employer = await factory.EmployerAsync("Alleen lezen B.V.");
        var id = await factory.VacancyAsync(employer, "Chauffeur alleen lezen");
        var coach = await SignedInAsync(DemoAccounts.Coach);

        Assert.Contains("Chauffeur alleen lezen", await coach.GetPageAsync("/vacancies"));
        var page = await coach.GetPageAsync($"/vacancies/{id}");
        Assert.DoesNotContain($"/vacancies/{id}/edit", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync($"/vacancies/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync($"/employers/{employer}/vacancies/new")).StatusCode);
        var post = await coach.PostFormAsync("/vacancies", $"/vacancies/{id}/status", [new("status", "Closed")]);
        Assert.True(post.StatusCode == HttpStatusCode.Forbidden, $"{post.StatusCode}: {await post.Content.ReadAsStringAsync()}");
    }
}
