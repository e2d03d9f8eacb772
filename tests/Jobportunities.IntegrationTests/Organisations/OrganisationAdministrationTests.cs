using System.Net;
using System.Text.RegularExpressions;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Organisations;
using Jobportunities.IntegrationTests.Api;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Organisations;

public partial class OrganisationAdministrationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(DemoAccounts.Coach)]
    [InlineData(DemoAccounts.Lead)]
    [InlineData(DemoAccounts.Referrer)]
    [InlineData(DemoAccounts.Adviser)]
    public async Task OnlyAdministrators_ManageOrganisations(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        var id = await OrganisationIdAsync("UWV Emmen");
        foreach (var url in new[] { "/admin/organisations", "/admin/organisations/new", $"/admin/organisations/{id}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Anonymous_IsSentToLogin()
    {
        var response = await factory.Browser().GetAsync("/admin/organisations");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task List_ShowsOrganisations_WithTheirActiveKeys()
    {
        // An organisation of this test's own with three keys, one of them revoked: two active.
        int id;
        await using (var db = factory.Db())
        {
            var organisation = new Organisation("Sleutelteller Test", OrganisationKind.Municipality, "NL");
            db.Context.Organisations.Add(organisation);
            await db.Context.SaveChangesAsync();
            id = organisation.Id;
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var revoked = new ApiKey(id, "Oud", ApiKey.Generate(), now, null);
            revoked.Revoke(now);
            db.Context.ApiKeys.AddRange(new ApiKey(id, "Een", ApiKey.Generate(), now, null), new ApiKey(id, "Twee", ApiKey.Generate(), now, null), revoked);
            await db.Context.SaveChangesAsync();
        }

        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var page = await admin.GetPageAsync("/admin/organisations");
        Assert.Equal("2", ActiveKeysOf(page, id));
        Assert.Equal("1", ActiveKeysOf(page, await OrganisationIdAsync("UWV Emmen"))); // the demo key
        Assert.Equal("1", ActiveKeysOf(page, await OrganisationIdAsync("Agentur für Arbeit Nordhorn")));
        Assert.Equal("0", ActiveKeysOf(page, await OrganisationIdAsync("Gemeente Emmen")));
    }

    /// <summary>The active-keys cell of the organisation's row, found by the link to its own page.</summary>
    private static string ActiveKeysOf(string page, int organisationId)
    {
        var row = Regex.Match(page, $"<tr[^>]*>\\s*<td[^>]*><a[^>]*href=\"/admin/organisations/{organisationId}\"(?:(?!</tr>)[\\s\\S])*</tr>");
        Assert.True(row.Success, $"No row for organisation {organisationId}.");
        return Regex.Matches(row.Value, "<td[^>]*>([^<]*)</td>")[^1].Groups[1].Value.Trim();
    }

    [Fact]
    public async Task Admin_CreatesOrganisationAndKey_SeesTheKeyOnce_KeyWorks_RevokingRefusesIt()
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);

        var created = await admin.PostFormAsync("/admin/organisations/new", [new("Name", "Jobcenter Grafschaft Bentheim"), new("Kind", "Jobcenter"), new("Country", "DE")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = created.Headers.Location!.OriginalString;
        Assert.Contains("Jobcenter Grafschaft Bentheim", await admin.GetPageAsync(details));

        var keyCreated = await admin.PostFormAsync(details, $"{details}/keys", [new("KeyForm.Name", "Koppeling VerBIS")]);
        Assert.Equal(HttpStatusCode.Redirect, keyCreated.StatusCode);
        var shown = await admin.GetAsync(details);
        Assert.True(shown.Headers.CacheControl?.NoStore);
        var key = NewKey().Match(await shown.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.StartsWith("jp_", key);
        Assert.DoesNotContain(key, await admin.GetPageAsync(details));

        // A key refers only into programmes its organisation is a partner of.
        await using (var arrange = factory.Db())
        {
            var organisation = await arrange.Context.Organisations.SingleAsync(o => o.Name == "Jobcenter Grafschaft Bentheim");
            var programme = await arrange.Context.Programmes.Include(p => p.Partners).SingleAsync(p => p.Code == "new-jobportunities-2");
            programme.AddPartner(organisation.Id, "Zuweisende Stelle (DE)");
            await arrange.Context.SaveChangesAsync();
        }

        var api = ApiClient.Create(factory, key);
        var referral = await api.PostReferralAsync(ApiClient.Referral(ApiClient.NewReference(), postcode: "48527", country: "DE"));
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);

        int keyId;
        await using (var scope = factory.Db())
        {
            keyId = (await scope.Context.ApiKeys.SingleAsync(k => k.Name == "Koppeling VerBIS")).Id;
        }

        var revokeUrl = $"{details}/keys/{keyId}/revoke";
        Assert.Contains("Ja, sleutel intrekken", await admin.GetPageAsync(revokeUrl));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(revokeUrl, [])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync($"{ApiClient.Url}/JP-NOTHERE")).StatusCode);
        Assert.Contains("Ingetrokken op", await admin.GetPageAsync(details));
    }

    [Fact]
    public async Task Create_RefusesDuplicateName_AndMissingFields_KeepingInput()
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);

        var duplicate = await admin.PostFormAsync("/admin/organisations/new", [new("Name", "UWV Emmen"), new("Kind", "Uwv"), new("Country", "NL")]);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("Er bestaat al een organisatie met deze naam.", await duplicate.Content.ReadAsStringAsync());

        var missing = await admin.PostFormAsync("/admin/organisations/new", [new("Name", "Zonder soort"), new("Kind", ""), new("Country", "NL")]);
        var page = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("value=\"Zonder soort\"", page);
        Assert.Contains("Vul ‘Soort organisatie’ in.", page);
    }

    [Fact]
    public async Task CreateKey_WithoutName_ShowsTheError()
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var details = $"/admin/organisations/{await OrganisationIdAsync("Agentur für Arbeit Nordhorn")}";

        var response = await admin.PostFormAsync(details, $"{details}/keys", [new("KeyForm.Name", " ")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul ‘Naam van de sleutel’ in.", await response.Content.ReadAsStringAsync());
    }

    private async Task<int> OrganisationIdAsync(string name)
    {
        await using var scope = factory.Db();
        return (await scope.Context.Organisations.SingleAsync(o => o.Name == name)).Id;
    }

    [GeneratedRegex("id=\"new-key\">([^<]+)<")]
    private static partial Regex NewKey();
}
