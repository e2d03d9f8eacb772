using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Programmes;

/// <summary>
/// The acceptance: an administrator creates, through the form, programmes shaped like the
/// five programmes the product was designed for, and for each an eligible and an ineligible
/// candidate get the right answer on the public form.
/// </summary>
public class SeedProgrammesAcceptanceTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Eligible = "U kunt meedoen. Wat gebeurt er nu?";
    private const string NotEligible = "U voldoet (nog) niet aan alle voorwaarden";

    private async Task CreateAsync(ProgrammeSpec spec)
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var response = await ProgrammeForms.CreateAsync(admin, spec);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/programmes/{spec.Code}", response.Headers.Location!.OriginalString);
    }

    private async Task AssertAnswerAsync(string code, string givenName, string postcode, string birthDate, string benefit, bool eligible,
        string? unmet = null, string country = "NL", string? wwEndDate = null)
    {
        var page = await ProgrammeForms.ApplyAsync(factory, code, givenName, postcode, birthDate, benefit, country, wwEndDate);
        Assert.Contains(eligible ? Eligible : NotEligible, page);
        await using var scope = factory.Db();
        var application = await scope.Context.Applications.Include(a => a.Programme).SingleAsync(a => a.GivenName == givenName);
        Assert.Equal(code, application.Programme!.Code);
        Assert.Equal(eligible, application.IsEligible);
        Assert.Equal(unmet ?? "", application.UnmetConditions);
    }

    [Fact]
    public async Task NewJobportunities_ForTheSilentReserve_OnBothSidesOfTheBorder()
    {
        await CreateAsync(new ProgrammeSpec("njp2-test", "New Jobportunities 2.0 (test)", ["none"],
        [
            new("Emmen", "NL", "Municipality", "7811 7812 7813 7822"),
            new("Coevorden", "NL", "Municipality", "7741, 7742"),
            new("Nordhorn", "DE", "City", "48527; 48529; 48531"),
            new("Lingen (Ems)", "DE", "City", "49808\n49809\n49811"),
        ], TargetParticipants: 100));

        await AssertAnswerAsync("njp2-test", "NjpNordhorn", "48529", "1985-04-12", "none", true, country: "DE");
        await AssertAnswerAsync("njp2-test", "NjpBijstand", "7741 AB", "1985-04-12", "bijstand", false, "benefit");
    }

    [Fact]
    public async Task ThousandJobsPlan_CountsDurableAfterSixMonths()
    {
        await CreateAsync(new ProgrammeSpec("1000-banenplan-test", "1000-banenplan (test)", ["none", "ww", "bijstand"],
        [
            new("Groningen", "NL", "Municipality", "9711 9712 9713 9714"),
            new("Noordenveld", "NL", "Municipality", "9301 9302"),
        ], DurablePeriodMonths: 6, TargetDurable: 1000));

        await AssertAnswerAsync("1000-banenplan-test", "BanenRoden", "9301 XA", "1990-02-02", "ww", true);
        await AssertAnswerAsync("1000-banenplan-test", "BanenEmmen", "7811 AB", "1990-02-02", "ww", false, "region");
        await using var scope = factory.Db();
        Assert.Equal(6, (await scope.Context.Programmes.SingleAsync(p => p.Code == "1000-banenplan-test")).DurableRule.PeriodMonths);
    }

    [Fact]
    public async Task MeedoenWerkt_ForBijstandInOudeIJsselstreek_WithHundredEmployers()
    {
        await CreateAsync(new ProgrammeSpec("meedoen-werkt-test", "Meedoen Werkt (test)", ["bijstand"],
        [
            new("Oude IJsselstreek", "NL", "Municipality", "7051 7061 7064 7065 7071 7081 7083 7084"),
        ], TargetParticipants: 100, TargetEmployers: 100));

        await AssertAnswerAsync("meedoen-werkt-test", "MeedoenUlft", "7071 AA", "1975-06-01", "bijstand", true);
        await AssertAnswerAsync("meedoen-werkt-test", "MeedoenWw", "7071 AA", "1975-06-01", "ww", false, "benefit");
        await using var scope = factory.Db();
        Assert.Equal(100, (await scope.Context.Programmes.SingleAsync(p => p.Code == "meedoen-werkt-test")).Targets.Employers);
    }

    [Fact]
    public async Task GroningenWerkprogramma_TakesBijstand_AndWwEndingWithinSixMonths()
    {
        await CreateAsync(new ProgrammeSpec("groningen-werkprogramma", "Groningen Werkprogramma", ["bijstand", "ww"],
        [
            new("Groningen", "NL", "Municipality", "9711 9712 9713 9714 9715 9716 9717 9718"),
        ], WwEndWithinMonths: 6, TargetParticipants: 500));

        var today = factory.Clock.Today();
        await AssertAnswerAsync("groningen-werkprogramma", "GroningenBijstand", "9711 AB", "1980-01-01", "bijstand", true);
        await AssertAnswerAsync("groningen-werkprogramma", "GroningenWwSoon", "9711 AB", "1980-01-01", "ww", true, wwEndDate: today.AddMonths(3).ToString("yyyy-MM-dd"));
        await AssertAnswerAsync("groningen-werkprogramma", "GroningenWwLate", "9711 AB", "1980-01-01", "ww", false, "ww-end", wwEndDate: today.AddMonths(9).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task FiftyPlusStedendriehoek_TakesOnlyFiftyAndOver()
    {
        await CreateAsync(new ProgrammeSpec("50plus-stedendriehoek", "Alliantie 50-plus Stedendriehoek", ["none", "ww", "bijstand"],
        [
            new("Apeldoorn", "NL", "Municipality", "7311 7312 7313 7314 7315"),
            new("Deventer", "NL", "Municipality", "7411 7412 7413"),
            new("Zutphen", "NL", "Municipality", "7201 7202 7203"),
        ], MinimumAge: 50, MaximumAge: 67, TargetDurable: 100));

        var today = factory.Clock.Today();
        await AssertAnswerAsync("50plus-stedendriehoek", "FiftyDeventer", "7411 KL", today.AddYears(-55).ToString("yyyy-MM-dd"), "ww", true);
        await AssertAnswerAsync("50plus-stedendriehoek", "FortyZutphen", "7201 AA", today.AddYears(-45).ToString("yyyy-MM-dd"), "ww", false, "age");
        await using var scope = factory.Db();
        Assert.Equal(100, (await scope.Context.Programmes.SingleAsync(p => p.Code == "50plus-stedendriehoek")).Targets.DurablePlacements);
    }
}
