using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using static Jobportunities.IntegrationTests.Trajectories.PlanTestKit;

namespace Jobportunities.IntegrationTests.Trajectories;

/// <summary>The instrument catalogue: leads and administrators keep it; a deactivated instrument is no longer offered.</summary>
public class InstrumentCatalogueTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(DemoAccounts.Lead, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Admin, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Coach, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Adviser, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Referrer, HttpStatusCode.Forbidden)]
    public async Task CataloguePages_AreForLeadsAndAdministrators(string email, HttpStatusCode expected)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        var werkfit = await factory.InstrumentIdAsync("werkfit");
        foreach (var url in new[] { "/instruments", "/instruments/new", $"/instruments/{werkfit}" })
        {
            Assert.Equal(expected, (await client.GetAsync(url)).StatusCode);
        }

        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/", "/instruments/new", [new("Form.Code", "x"), new("Form.NameNl", "x")])).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/", $"/instruments/{werkfit}/deactivate", [])).StatusCode);
        }
        else
        {
            Assert.Contains("Werkfit maken", await client.GetPageAsync("/instruments"));
        }
    }

    [Fact]
    public async Task Strangers_GoToTheLoginPage()
    {
        var response = await factory.Browser().GetAsync("/instruments");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Lead_AddsAndEditsAnInstrument_CodesAreUnique()
    {
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        KeyValuePair<string, string>[] Fields(string code, string nl) =>
            [new("Form.Code", code), new("Form.Kind", "Standard"), new("Form.NameNl", nl), new("Form.NameDe", "Bewerbungstraining"), new("Form.NameEn", "Application training"), new("Form.DefaultCost", "275,50")];

        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync("/instruments/new", Fields("sollicitatietraining", "Sollicitatietraining"))).StatusCode);
        var duplicate = await lead.PostFormAsync("/instruments/new", Fields("sollicitatietraining", "Nog een"));
        Assert.Contains("Er is al een instrument met deze code.", await duplicate.Content.ReadAsStringAsync());
        var invalid = await lead.PostFormAsync("/instruments/new", Fields("Met Spaties", "Fout"));
        Assert.Contains("Gebruik kleine letters, cijfers en streepjes", await invalid.Content.ReadAsStringAsync());

        var id = await factory.InstrumentIdAsync("sollicitatietraining");
        var fields = FormReader.Fields(await lead.GetPageAsync($"/instruments/{id}"));
        fields["Form.DefaultProvider"] = "Werkplein Emmen";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/instruments/{id}", fields)).StatusCode);

        await using var db = factory.Db();
        var saved = await db.Context.Instruments.SingleAsync(i => i.Id == id);
        Assert.Equal(("Werkplein Emmen", 275.50m, "Bewerbungstraining"), (saved.DefaultProvider, saved.DefaultCost, saved.NameDe));
    }

    [Fact]
    public async Task ADeactivatedInstrument_IsNoLongerOffered_ButStaysOnPlans()
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/instruments/new",
            [new("Form.Code", "tijdelijk"), new("Form.Kind", "Standard"), new("Form.NameNl", "Tijdelijk instrument"), new("Form.NameDe", "Vorübergehend"), new("Form.NameEn", "Temporary"), new("Form.DefaultCost", "10")])).StatusCode);
        var instrument = await factory.InstrumentIdAsync("tijdelijk");
        var id = await factory.ParticipantAsync("Catalogus", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Url(id, "/instruments"), [new("NewInstrument.InstrumentId", instrument.ToString())])).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/instruments", $"/instruments/{instrument}/deactivate", [])).StatusCode);

        var page = await coach.GetPageAsync(Url(id));
        Assert.Contains("Tijdelijk instrument", page); // still on the plan
        Assert.DoesNotContain($"<option value=\"{instrument}\"", page); // no longer offered
        var again = await coach.PostFormAsync(Url(id), Url(id, "/instruments"), [new("NewInstrument.InstrumentId", instrument.ToString())]);
        Assert.Contains("Kies een actief instrument uit de catalogus.", await again.Content.ReadAsStringAsync());
    }
}

/// <summary>The standard catalogue is reference data: it is there in every environment, without demo data.</summary>
public class InstrumentCatalogueSeedTests(InstrumentCatalogueSeedTests.ProductionFactory factory) : IClassFixture<InstrumentCatalogueSeedTests.ProductionFactory>
{
    [Fact]
    public async Task AFreshProductionDatabase_HasTheStandardCatalogue_AndNoDemoProviders()
    {
        await using var db = factory.Db();
        var codes = await db.Context.Instruments.Select(i => i.Code).ToListAsync();
        Assert.Equal(Core.Trajectories.StandardInstruments.Create().Count, codes.Count);
        Assert.Contains("praktijkleren", codes);
        Assert.Contains("schuldhulp-verwijzing", codes);
        Assert.False(await db.Context.TrainingProviders.AnyAsync());
        Assert.False(await db.Context.Programmes.AnyAsync());
    }

    public sealed class ProductionFactory : AppFactory
    {
        protected override string EnvironmentName => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:SeedDemoData", "false");
        }
    }
}
