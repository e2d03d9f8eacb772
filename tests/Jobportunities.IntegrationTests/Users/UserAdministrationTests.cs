using System.Net;
using Jobportunities.Core.Identity;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Users;

public class UserAdministrationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(DemoAccounts.Coach)]
    [InlineData(DemoAccounts.Lead)]
    [InlineData(DemoAccounts.Referrer)]
    [InlineData(DemoAccounts.Adviser)]
    public async Task OnlyAdministrators_ManageUsers(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/users/new")).StatusCode);
    }

    [Fact]
    public async Task Admin_CreatesCoach_WhoCanSignIn_AndSeesTheirProgramme()
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        int programmeId;
        await using (var scope = factory.Db())
        {
            programmeId = (await scope.Context.Programmes.SingleAsync(p => p.Code == "new-jobportunities-2")).Id;
        }

        var response = await admin.PostFormAsync("/admin/users/new",
        [
            new("Form.Email", "nieuwe.coach@jobportunities.test"), new("Form.DisplayName", "Nieuwe Coach"),
            new("Form.Roles", Roles.Coach), new("Form.ProgrammeIds", programmeId.ToString()),
            new("Form.OrganisationId", ""), new("Form.Password", "een lange zin als wachtwoord"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var coach = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await coach.LoginAsync("nieuwe.coach@jobportunities.test", "een lange zin als wachtwoord")).StatusCode);
        // The administrator's password is temporary: the coach chooses their own first.
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync("/account/password",
            [new("Form.CurrentPassword", "een lange zin als wachtwoord"), new("Form.NewPassword", "de eigen zin van de coach"), new("Form.ConfirmPassword", "de eigen zin van de coach")])).StatusCode);
        Assert.Contains("Nieuwe Coach", await coach.GetPageAsync("/"));
        await using var check = factory.Db();
        var user = await check.Context.Users.SingleAsync(u => u.Email == "nieuwe.coach@jobportunities.test");
        Assert.True(await check.Context.ProgrammeMembers.AnyAsync(m => m.UserId == user.Id && m.ProgrammeId == programmeId));
    }

    [Fact]
    public async Task Create_RefusesCommonPassword_AndDuplicateEmail_KeepingInput()
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);

        var common = await admin.PostFormAsync("/admin/users/new",
            [new("Form.Email", "x@jobportunities.test"), new("Form.DisplayName", "Naam Blijft"), new("Form.Roles", Roles.Coach), new("Form.Password", "wachtwoord123")]);
        var page = await common.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, common.StatusCode);
        Assert.Contains("Dit wachtwoord wordt te vaak gebruikt", page);
        Assert.Contains("value=\"Naam Blijft\"", page);

        var duplicate = await admin.PostFormAsync("/admin/users/new",
            [new("Form.Email", DemoAccounts.Coach), new("Form.DisplayName", "Dubbel"), new("Form.Roles", Roles.Coach), new("Form.Password", "een lange zin als wachtwoord")]);
        Assert.Contains("Er bestaat al een account met dit e-mailadres.", await duplicate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_RefusesReferrerWithoutOrganisation()
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var response = await admin.PostFormAsync("/admin/users/new",
            [new("Form.Email", "v@jobportunities.test"), new("Form.DisplayName", "V"), new("Form.Roles", Roles.Referrer), new("Form.Password", "een lange zin als wachtwoord")]);
        Assert.Contains("Een verwijzer hoort bij een organisatie.", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>Moves the clock past the security-stamp check, so in a database of its own.</summary>
public class DisableAccountTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task DisablingAnAccount_EndsItsSession_AndRefusesSignIn()
    {
        const string email = "verweiser@jobportunities.test";
        var referrer = factory.Browser();
        await referrer.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await referrer.GetAsync("/")).StatusCode);

        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        string id;
        await using (var scope = factory.Db())
        {
            id = (await scope.Context.Users.SingleAsync(u => u.Email == email)).Id;
        }

        var fields = FormReader.Fields(await admin.GetPageAsync($"/admin/users/{id}"));
        fields["Form.IsDisabled"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{id}", fields)).StatusCode);

        // The session is re-validated at the next security-stamp check (at most a minute later).
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var home = await referrer.GetPageAsync("/");
        Assert.DoesNotContain("Uitloggen", home);

        var again = await factory.Browser().LoginAsync(email);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("klopt niet", await again.Content.ReadAsStringAsync());
    }
}
