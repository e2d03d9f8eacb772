using System.Net;
using Jobportunities.Core.Employers;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Matching;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Employers;

/// <summary>The employers register: create, the KvK and Handelsregister check, duplicates, edit, contacts, search.</summary>
public class EmployerTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> Form(string name, string registration, string country = "NL", string postcode = "7741 KZ") =>
    [
        new("Form.Name", name), new("Form.Country", country), new("Form.RegistrationNumber", registration), new("Form.Sector", "TransportLogistics"),
        new("Form.Street", "Transportweg 5"), new("Form.Postcode", postcode), new("Form.City", "Coevorden"), new("Form.Notes", "Werkt met proefplaatsingen"),
    ];

    private async Task<HttpClient> AdviserAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Adviser);
        return client;
    }

    [Fact]
    public async Task Adviser_AddsEmployer_WithKvk_AndFindsItInTheList()
    {
        var kvk = EmployerTestKit.NewKvk();
        var client = await AdviserAsync();

        var response = await client.PostFormAsync("/employers/new", Form("Grenslogistiek B.V.", kvk[..4] + " " + kvk[4..]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("Grenslogistiek B.V.", page);
        Assert.Contains(kvk, page);
        Assert.Contains("Werkt met proefplaatsingen", page);
        Assert.Contains("7741 KZ Coevorden", page);
        var list = await client.GetPageAsync("/employers?q=grenslog");
        Assert.Contains("Grenslogistiek B.V.", list);
        Assert.DoesNotContain("Grenslogistiek", await client.GetPageAsync("/employers?q=grenslog&sector=Care"));
        Assert.Contains("Grenslogistiek B.V.", await client.GetPageAsync("/employers?q=" + kvk));
    }

    [Theory]
    [InlineData("1234567", "NL", "precies 8 cijfers")]
    [InlineData("123456789", "NL", "precies 8 cijfers")]
    [InlineData("HRB 12345", "DE", "registergerecht (Amtsgericht)")]
    [InlineData("12345678", "DE", "soort, nummer en registergerecht")]
    public async Task Create_RefusesAnInvalidRegistration_WithAClearMessage(string registration, string country, string message)
    {
        var client = await AdviserAsync();
        var response = await client.PostFormAsync("/employers/new", Form("Ongeldig " + registration, registration, country, country == "DE" ? "49716" : "7741 KZ"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-summary\"", page);
        Assert.Contains(message, page);
        await using var db = factory.Db();
        Assert.False(await db.Context.Employers.AnyAsync(e => e.Name == "Ongeldig " + registration));
    }

    [Fact]
    public async Task Create_AcceptsAGermanEmployer_WithHandelsregisterAndCourt()
    {
        var client = await AdviserAsync();
        var response = await client.PostFormAsync("/employers/new", Form("Ems Logistik GmbH", "Amtsgericht Osnabrück, HRB 777001", "DE", "49716"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        var employer = await db.Context.Employers.SingleAsync(e => e.Name == "Ems Logistik GmbH");
        Assert.Equal(("DE", "HRB 777001 Osnabrück", "49716"), (employer.Country, employer.RegistrationNumber, employer.Postcode));
    }

    [Fact]
    public async Task Create_RefusesADuplicate_NamingTheExistingEmployer()
    {
        var kvk = EmployerTestKit.NewKvk();
        await factory.EmployerAsync("Het Origineel B.V.", kvk);
        var client = await AdviserAsync();

        var response = await client.PostFormAsync("/employers/new", Form("Het Dubbel B.V.", string.Join('.', kvk.Chunk(2).Select(c => new string(c)))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Deze werkgever staat er al in: Het Origineel B.V.", page);
        Assert.Contains("id=\"duplicate\"", page);
        await using var db = factory.Db();
        Assert.Equal(1, await db.Context.Employers.CountAsync(e => e.RegistrationNumber == kvk));
    }

    [Fact]
    public async Task Create_RefusesADuplicateGermanEntry_WrittenTheOtherWayRound()
    {
        var client = await AdviserAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/employers/new", Form("Vechte Bau GmbH", "HRB 777002 Osnabrück", "DE", "48529"))).StatusCode);

        var response = await client.PostFormAsync("/employers/new", Form("Vechte Bau", "AG Osnabrück HRB 777002", "DE", "48529"));

        Assert.Contains("Deze werkgever staat er al in: Vechte Bau GmbH", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Edit_ChangesTheEmployer_ButNotIntoADuplicate()
    {
        var taken = EmployerTestKit.NewKvk();
        await factory.EmployerAsync("Bezet B.V.", taken);
        var id = await factory.EmployerAsync("Hernoemen B.V.");
        var client = await AdviserAsync();
        var fields = FormReader.Fields(await client.GetPageAsync($"/employers/{id}/edit"));

        fields["Form.Name"] = "Hernoemd B.V.";
        var renamed = await client.PostFormAsync($"/employers/{id}/edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("Hernoemd B.V.", await client.GetPageAsync($"/employers/{id}"));

        fields = FormReader.Fields(await client.GetPageAsync($"/employers/{id}/edit"));
        fields["Form.RegistrationNumber"] = taken;
        var duplicate = await client.PostFormAsync($"/employers/{id}/edit", fields);
        Assert.Contains("Deze werkgever staat er al in: Bezet B.V.", await duplicate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Edit_RefusesAStaleForm_KeepingTheInput()
    {
        var id = await factory.EmployerAsync("Gelijktijdig B.V.");
        var client = await AdviserAsync();
        var stale = FormReader.Fields(await client.GetPageAsync($"/employers/{id}/edit"));
        var fresh = FormReader.Fields(await client.GetPageAsync($"/employers/{id}/edit"));
        fresh["Form.Notes"] = "Eerst opgeslagen";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/employers/{id}/edit", fresh)).StatusCode);

        stale["Form.Notes"] = "Later opgeslagen";
        var response = await client.PostFormAsync($"/employers/{id}/edit", stale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Later opgeslagen", await response.Content.ReadAsStringAsync());
        await using var db = factory.Db();
        Assert.Equal("Eerst opgeslagen", (await db.Context.Employers.SingleAsync(e => e.Id == id)).Notes);
    }

    [Fact]
    public async Task AddContact_ShowsThePersonOnTheEmployer_AndValidates()
    {
        var id = await factory.EmployerAsync("Contact B.V.");
        var client = await AdviserAsync();

        var invalid = await client.PostFormAsync($"/employers/{id}", $"/employers/{id}/contacts", [new("Contact.ContactName", ""), new("Contact.ContactEmail", "geen-adres")]);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("id=\"error-summary\"", await invalid.Content.ReadAsStringAsync());

        var response = await client.PostFormAsync($"/employers/{id}", $"/employers/{id}/contacts",
            [new("Contact.ContactName", "Anouk Veldman"), new("Contact.ContactRole", "Planner"), new("Contact.ContactEmail", "Anouk@Example.test"), new("Contact.ContactPhone", "0524 531 000")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync($"/employers/{id}");
        Assert.Contains("Anouk Veldman", page);
        Assert.Contains("anouk@example.test", page);
    }

    [Fact]
    public async Task Register_IsOneForAllProgrammes_SoACoachOfAnotherProgrammeReadsIt()
    {
        var id = await factory.EmployerAsync("Gedeeld B.V.");
        var coach = factory.Browser();
        await coach.SignInAsync("coach.achterhoek@jobportunities.test");
        Assert.Contains("Gedeeld B.V.", await coach.GetPageAsync("/employers"));
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/employers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync("/employers/999999")).StatusCode);
    }

    [Fact]
    public async Task Service_RefusesADuplicate_WhenAnotherSaveWinsTheRace()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var kvk = EmployerTestKit.NewKvk();
        var options = new DbContextOptionsBuilder<Core.Data.AppDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<Core.Data.AppDbContext>>())
            .AddInterceptors(new InsertFirstInterceptor(factory, kvk)).Options;
        await using var db = new Core.Data.AppDbContext(options);
        var service = new EmployerService(db, factory.Clock, new Core.Audit.AuditLog(db, factory.Clock, scope.ServiceProvider.GetRequiredService<Core.Audit.IAuditOrigin>()));
        var adviser = new Core.Identity.StaffUser("x", new HashSet<string> { Core.Identity.Roles.EmployerAdviser });

        var result = await service.CreateAsync(adviser, new EmployerInput("Te laat B.V.", "NL", kvk, Core.Common.Sector.Ict, null, null, null, null));

        Assert.Equal(Core.Common.Outcome.Refused, result.Outcome);
        Assert.Equal(EmployerService.Duplicate, result.ErrorCode);
        Assert.Equal("Eerst B.V.", result.Value!.Name);
    }

    /// <summary>Saves an employer with the same registration just before the service's own save: the unique index must refuse the second.</summary>
    private sealed class InsertFirstInterceptor(AppFactory factory, string kvk) : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
    {
        private bool _done;

        public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
            Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!_done)
            {
                _done = true;
                await factory.EmployerAsync("Eerst B.V.", kvk);
            }

            return result;
        }
    }
}
