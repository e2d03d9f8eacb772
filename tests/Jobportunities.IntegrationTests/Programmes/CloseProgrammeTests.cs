using System.Net;
using Jobportunities.IntegrationTests.Api;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Intake;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Programmes;

public class CloseProgrammeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>A programme of its own per test, with the demo referrer and lead on its team.</summary>
    private async Task<HttpClient> CreateAsync(string code)
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var fields = await ProgrammeForms.FieldsAsync(admin, new ProgrammeSpec(code, "Sluittest " + code, ["none"], [new("Emmen", "NL", "Municipality", "7811")]));
        fields.Add(new($"Form.Staff[{await factory.UserIdAsync(DemoAccounts.Referrer)}]", "true"));
        fields.Add(new($"Form.Staff[{await factory.UserIdAsync(DemoAccounts.Lead)}]", "true"));
        fields.Add(await ProgrammeForms.PartnerFieldAsync(factory));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(ProgrammeForms.NewUrl, fields)).StatusCode);
        return admin;
    }

    private static async Task CloseAsync(HttpClient client, string code)
    {
        var response = await client.PostFormAsync($"/programmes/{code}/close", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Lead_ClosesAfterConfirmation_AndIntakeFormSaysSo_WithoutStoring()
    {
        await CreateAsync("close-intake");
        var applicant = factory.Browser();
        var fields = PublicIntakeTests.ValidFields(await applicant.GetPageAsync("/intake/close-intake"), "TooLate");
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        Assert.Contains("Ja, programma sluiten", await lead.GetPageAsync("/programmes/close-intake/close"));

        await CloseAsync(lead, "close-intake");

        var page = await applicant.GetPageAsync("/intake/close-intake");
        Assert.Contains("Dit programma neemt geen aanmeldingen meer aan", page);
        Assert.DoesNotContain("name=\"Form.GivenName\"", page);
        var late = await applicant.PostFormAsync("/intake/close-intake", "/intake/close-intake", fields);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Contains("Gesloten", await lead.GetPageAsync("/programmes"));
        await using var scope = factory.Db();
        Assert.False(await scope.Context.Applications.AnyAsync(a => a.GivenName == "TooLate"));
        Assert.NotNull((await scope.Context.Programmes.SingleAsync(p => p.Code == "close-intake")).ClosedUtc);
    }

    [Fact]
    public async Task ReferralForm_RefusesClosedProgramme()
    {
        var admin = await CreateAsync("close-referral");
        var referrer = factory.Browser();
        await referrer.SignInAsync(DemoAccounts.Referrer);
        var fields = FormReader.Fields(await referrer.GetPageAsync("/referrals/new"));
        fields["Form.ProgrammeCode"] = "close-referral";
        fields["Form.GivenName"] = "Verwezen";
        fields["Form.FamilyName"] = "Te laat";
        fields["Form.BirthDate"] = "1985-03-15";
        fields["Form.Email"] = "verwezen@example.nl";
        fields["Form.Postcode"] = "7811 AB";
        fields["Form.Country"] = "NL";
        fields["Form.Benefit"] = "none";
        fields["Form.ReferralReason"] = "Wil werken.";
        await CloseAsync(admin, "close-referral");

        var response = await referrer.PostFormAsync("/referrals/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is gesloten en neemt geen verwijzingen meer aan", await response.Content.ReadAsStringAsync());
        await using var scope = factory.Db();
        Assert.False(await scope.Context.Applications.AnyAsync(a => a.GivenName == "Verwezen"));
    }

    [Theory]
    [InlineData("nl", "Het programma is gesloten")]
    [InlineData("de", "Das Programm ist geschlossen")]
    [InlineData("en", "The programme is closed")]
    public async Task Api_Answers410Gone_WithLocalizedProblem(string culture, string title)
    {
        var code = "close-api-" + culture;
        var admin = await CreateAsync(code);
        await CloseAsync(admin, code);

        var response = await ApiClient.Create(factory, DemoApiKeys.UwvEmmen, culture).PostReferralAsync(ApiClient.Referral(ApiClient.NewReference(), programme: code));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(410, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains(code, problem.GetProperty("detail").GetString());
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.11", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Reopen_TakesApplicationsAgain_AndFilesStay()
    {
        var admin = await CreateAsync("close-reopen");
        var page = await ProgrammeForms.ApplyAsync(factory, "close-reopen", "Eerder", "7811 AB", "1985-01-01", "none");
        Assert.Contains("U kunt meedoen", page);
        await CloseAsync(admin, "close-reopen");
        Assert.Contains("Dit programma is gesloten", await admin.GetPageAsync("/programmes/close-reopen"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/programmes/close-reopen", "/programmes/close-reopen/reopen", [])).StatusCode);

        Assert.Contains("name=\"Form.GivenName\"", await factory.Browser().GetPageAsync("/intake/close-reopen"));
        await using var scope = factory.Db();
        Assert.True(await scope.Context.Applications.AnyAsync(a => a.GivenName == "Eerder"));
        Assert.Null((await scope.Context.Programmes.SingleAsync(p => p.Code == "close-reopen")).ClosedUtc);
    }

    [Theory]
    [InlineData(DemoAccounts.Coach, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Referrer, HttpStatusCode.Forbidden)]
    public async Task Close_IsForbidden_ForOtherRoles(string email, HttpStatusCode expected)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        Assert.Equal(expected, (await client.GetAsync("/programmes/new-jobportunities-2/close")).StatusCode);
    }

    [Fact]
    public async Task Close_IsNotFound_ForLeadOutsideTheProgramme()
    {
        await CreateAsync("close-other");
        await using (var scope = factory.Db())
        {
            var leadId = await factory.UserIdAsync(DemoAccounts.Lead);
            var id = (await scope.Context.Programmes.SingleAsync(p => p.Code == "close-other")).Id;
            await scope.Context.ProgrammeMembers.Where(m => m.ProgrammeId == id && m.UserId == leadId).ExecuteDeleteAsync();
        }

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var response = await lead.PostFormAsync("/programmes", "/programmes/close-other/close", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
