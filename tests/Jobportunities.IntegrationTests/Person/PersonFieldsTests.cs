using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Intake;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Person;

/// <summary>The intake, referral and profile forms post their person fields through the one validator.</summary>
public class PersonFieldsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string IntakeUrl = "/intake/new-jobportunities-2";

    [Fact]
    public async Task Profile_RefusesOverlongContactAndAddress_NamingEachFieldInEnglish_AndSavesNothing()
    {
        var id = await factory.ParticipantAsync("Adreslengte", DemoAccounts.Coach);
        var coach = factory.Browser("en");
        await coach.SignInAsync(DemoAccounts.Coach);
        var fields = FormReader.Fields(await coach.GetPageAsync($"/participants/{id}/profile/edit"));
        fields["Profile.Phone"] = "06 " + new string('1', 28);
        fields["Profile.Street"] = new string('s', 151);
        fields["Profile.HouseNumber"] = new string('1', 21);
        fields["Profile.City"] = new string('c', 101);

        var response = await coach.PostFormAsync("/", $"/participants/{id}/profile", fields.Where(kv => kv.Key.StartsWith("Profile.", StringComparison.Ordinal)).ToList());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Use at most 30 characters for ‘Phone number’.", page);
        Assert.Contains("Use at most 150 characters for ‘Street’.", page);
        Assert.Contains("Use at most 20 characters for ‘House number’.", page);
        Assert.Contains("Use at most 100 characters for ‘Town or city’.", page);
        await using var db = factory.Db();
        var stored = await db.Context.Participants.SingleAsync(p => p.Id == id);
        Assert.Equal((fields["Profile.Postcode"], (string?)null), (stored.Postcode, stored.HouseNumber));
        Assert.NotEqual(fields["Profile.City"], stored.City);
    }

    [Fact]
    public async Task Profile_RefusesAPhoneThatIsNoNumber_WhichItUsedToSave()
    {
        var id = await factory.ParticipantAsync("Telefoonregel", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var fields = FormReader.Fields(await coach.GetPageAsync($"/participants/{id}/profile/edit"));
        fields["Profile.Phone"] = "bel maar";

        var response = await coach.PostFormAsync("/", $"/participants/{id}/profile", fields.Where(kv => kv.Key.StartsWith("Profile.", StringComparison.Ordinal)).ToList());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul bij ‘Telefoonnummer’ een geldig telefoonnummer in", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var db = factory.Db();
        Assert.NotEqual("bel maar", (await db.Context.Participants.SingleAsync(p => p.Id == id)).Phone);
    }

    [Fact]
    public async Task IntakeAndReferral_AcceptTheSamePhoneNumber_ASlashIncluded()
    {
        var intake = await PostIntakeAsync("Schuinstreep", "0591/123456");
        var referral = await PostReferralAsync("Schuinstreepje", "0591/123456");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (intake.Response.StatusCode, referral.Response.StatusCode));
        await using var db = factory.Db();
        var stored = await db.Context.Applications.Where(a => a.GivenName == "Schuinstreep" || a.GivenName == "Schuinstreepje").Select(a => a.Phone).ToListAsync();
        Assert.Equal(["0591/123456", "0591/123456"], stored);
    }

    [Fact]
    public async Task IntakeAndReferral_RefuseTheSameBadPhoneNumber_WithTheSameMessage()
    {
        const string message = "Vul bij ‘Telefoonnummer’ een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +49 5931 12345.";

        var intake = await PostIntakeAsync("Letterbel", "06-CALLME");
        var referral = await PostReferralAsync("Letterbeller", "06-CALLME");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (intake.Response.StatusCode, referral.Response.StatusCode));
        Assert.Contains(message, intake.Page);
        Assert.Contains(message, referral.Page);
        await using var db = factory.Db();
        Assert.False(await db.Context.Applications.AnyAsync(a => a.GivenName == "Letterbel" || a.GivenName == "Letterbeller"));
    }

    private async Task<(HttpResponseMessage Response, string Page)> PostIntakeAsync(string givenName, string phone)
    {
        var client = factory.Browser();
        var fields = PublicIntakeTests.ValidFields(await client.GetPageAsync(IntakeUrl), givenName);
        fields["Form.Phone"] = phone;
        var response = await client.PostFormAsync(IntakeUrl, fields);
        return (response, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private async Task<(HttpResponseMessage Response, string Page)> PostReferralAsync(string givenName, string phone)
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        var fields = FormReader.Fields(await client.GetPageAsync("/referrals/new"));
        fields["Form.GivenName"] = givenName;
        fields["Form.FamilyName"] = "Bakker";
        fields["Form.BirthDate"] = "1985-03-15";
        fields["Form.Phone"] = phone;
        fields["Form.Postcode"] = "7811 AB";
        fields["Form.Country"] = "NL";
        fields["Form.Benefit"] = "none";
        fields["Form.ReferralReason"] = "Wil weer aan het werk.";
        var response = await client.PostFormAsync("/referrals/new", fields);
        return (response, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
