using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.IntegrationTests.Api;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Intake;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Programmes;

/// <summary>"WW ending within 6 months" over the public form, the referral form and the API.</summary>
public class WwConditionTests(AppFactory factory) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private const string Code = "ww-groningen";

    private DateOnly Today => factory.Clock.Today();

    public async Task InitializeAsync()
    {
        await using (var scope = factory.Db())
        {
            if (await scope.Context.Programmes.AnyAsync(p => p.Code == Code))
            {
                return;
            }
        }

        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var fields = await ProgrammeForms.FieldsAsync(admin, new ProgrammeSpec(Code, "WW Groningen", ["bijstand", "ww"],
            [new("Groningen", "NL", "Municipality", "9711 9712")], WwEndWithinMonths: 6));
        fields.Add(new($"Form.Staff[{await factory.UserIdAsync(DemoAccounts.Referrer)}]", "true"));
        // The referrer's organisation (UWV Emmen, whose API key the tests use) is a partner: the API accepts only partners.
        fields.Add(new($"Form.Partners[{await ProgrammeForms.OrganisationOfAsync(factory, DemoAccounts.Referrer)}]", "true"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(ProgrammeForms.NewUrl, fields)).StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task IntakeForm_AsksWwEndDate_WithHint()
    {
        var page = await factory.Browser().GetPageAsync($"/intake/{Code}");
        Assert.Contains("name=\"Form.WwEndDate\"", page);
        Assert.Contains("Alleen invullen als u een WW-uitkering heeft", page);
        Assert.DoesNotContain("name=\"Form.WwEndDate\"", await factory.Browser().GetPageAsync("/intake/new-jobportunities-2"));
    }

    [Fact]
    public async Task IntakeForm_RequiresWwEndDate_ForWw_AndKeepsInput()
    {
        var client = factory.Browser();
        var fields = PublicIntakeTests.ValidFields(await client.GetPageAsync($"/intake/{Code}"), "ZonderDatum", "9711 AB", benefit: "ww");

        var response = await client.PostFormAsync($"/intake/{Code}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Vul bij Einddatum WW de datum in waarop de WW stopt", page);
        Assert.Contains("value=\"ZonderDatum\"", page);
    }

    [Fact]
    public async Task IntakeForm_StoresWwEndDate_AndExplainsUnmetCondition_InEnglish()
    {
        var client = factory.Browser("en");
        var fields = PublicIntakeTests.ValidFields(await client.GetPageAsync($"/intake/{Code}"), "WwLateEn", "9711 AB", benefit: "ww");
        fields["Form.WwEndDate"] = Today.AddMonths(8).ToString("yyyy-MM-dd");

        var response = await client.PostFormAsync($"/intake/{Code}", fields);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("Your WW does not end within this programme's term", WebUtility.HtmlDecode(page));
        await using var scope = factory.Db();
        var application = await scope.Context.Applications.SingleAsync(a => a.GivenName == "WwLateEn");
        Assert.Equal("ww-end", application.UnmetConditions);
        Assert.Equal(Today.AddMonths(8), application.WwEndDate);
    }

    [Fact]
    public async Task ReferralForm_RequiresWwEndDate_AndAssessesIt()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        var fields = FormReader.Fields(await client.GetPageAsync("/referrals/new"));
        fields["Form.ProgrammeCode"] = Code;
        fields["Form.GivenName"] = "VerwezenWw";
        fields["Form.FamilyName"] = "Jansen";
        fields["Form.BirthDate"] = "1980-03-15";
        fields["Form.Email"] = "verwezenww@example.nl";
        fields["Form.Postcode"] = "9711 AB";
        fields["Form.Country"] = "NL";
        fields["Form.Benefit"] = "ww";
        fields["Form.ReferralReason"] = "WW stopt binnenkort.";

        var missing = await client.PostFormAsync("/referrals/new", fields);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Vul bij Einddatum WW de datum in", await missing.Content.ReadAsStringAsync());

        fields["Form.WwEndDate"] = Today.AddMonths(2).ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/referrals/new", fields)).StatusCode);
        await using var scope = factory.Db();
        Assert.True((await scope.Context.Applications.SingleAsync(a => a.GivenName == "VerwezenWw")).IsEligible);
    }

    [Fact]
    public async Task Api_AcceptsWwEndDate_AndReportsWwEnd()
    {
        var api = ApiClient.Create(factory, DemoApiKeys.UwvEmmen);
        var soon = ApiClient.Referral(ApiClient.NewReference(), postcode: "9711 AB", benefit: "ww", programme: Code);
        soon["wwEndDate"] = Today.AddMonths(6).ToString("yyyy-MM-dd");
        var late = ApiClient.Referral(ApiClient.NewReference(), postcode: "9711 AB", benefit: "ww", programme: Code);
        late["wwEndDate"] = Today.AddMonths(6).AddDays(1).ToString("yyyy-MM-dd");

        var eligible = await (await api.PostReferralAsync(soon)).JsonAsync();
        var response = await api.PostReferralAsync(late);

        Assert.True(eligible.GetProperty("eligible").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.GetProperty("eligible").GetBoolean());
        var unmet = body.GetProperty("unmetConditions")[0];
        Assert.Equal("ww-end", unmet.GetProperty("code").GetString());
        Assert.Equal("Uw WW eindigt niet binnen de termijn van dit programma (of de einddatum ontbreekt).", unmet.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Api_Answers400_WhenWwEndDateMissingOrMalformed()
    {
        var api = ApiClient.Create(factory, DemoApiKeys.UwvEmmen, "en");
        var missing = await api.PostReferralAsync(ApiClient.Referral(ApiClient.NewReference(), postcode: "9711 AB", benefit: "ww", programme: Code));
        var malformedBody = ApiClient.Referral(ApiClient.NewReference(), postcode: "9711 AB", benefit: "ww", programme: Code);
        malformedBody["wwEndDate"] = "31-12-2026";
        var malformed = await api.PostReferralAsync(malformedBody);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("Required with benefit ww for this programme (YYYY-MM-DD).", (await missing.JsonAsync()).GetProperty("errors").GetProperty("wwEndDate")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("Use the format YYYY-MM-DD.", (await malformed.JsonAsync()).GetProperty("errors").GetProperty("wwEndDate")[0].GetString());
    }
}
