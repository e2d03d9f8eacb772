using System.Net;
using Jobportunities.Core.Identity;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jobportunities.IntegrationTests.Account;

public class PasswordTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string NewPassword = "mijn eigen nieuwe wachtwoordzin";

    [Fact]
    public async Task Change_NeedsTheCurrentPassword_AndKeepsTheSession()
    {
        var email = await factory.StaffAsync(Roles.Coach);
        var client = factory.Browser();
        await client.LoginAsync(email, AccountTestData.Password);

        var wrong = await client.PostFormAsync("/account/password",
            [new("Form.CurrentPassword", "niet mijn wachtwoord"), new("Form.NewPassword", NewPassword), new("Form.ConfirmPassword", NewPassword)]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Het huidige wachtwoord klopt niet.", await wrong.Content.ReadAsStringAsync());

        var differs = await client.PostFormAsync("/account/password",
            [new("Form.CurrentPassword", AccountTestData.Password), new("Form.NewPassword", NewPassword), new("Form.ConfirmPassword", "iets anders")]);
        Assert.Contains("is niet hetzelfde als", await differs.Content.ReadAsStringAsync());

        var changed = await client.PostFormAsync("/account/password",
            [new("Form.CurrentPassword", AccountTestData.Password), new("Form.NewPassword", NewPassword), new("Form.ConfirmPassword", NewPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/participants")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Browser().LoginAsync(email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Browser().LoginAsync(email, AccountTestData.Password)).StatusCode);
    }

    [Fact]
    public async Task Forgot_GivesTheSameAnswer_WhetherOrNotTheAddressExists()
    {
        var email = await factory.StaffAsync(Roles.Coach);
        var known = await factory.Browser().PostFormAsync("/account/forgot-password", [new("Email", email)]);
        var unknown = await factory.Browser().PostFormAsync("/account/forgot-password", [new("Email", "bestaat.niet@jobportunities.test")]);

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal(1, factory.AccountMails.CountTo(email));
        Assert.Equal(0, factory.AccountMails.CountTo("bestaat.niet@jobportunities.test"));
    }

    [Fact]
    public async Task ResetLink_SetsANewPassword_AndWorksOnlyOnce()
    {
        var email = await factory.StaffAsync(Roles.Coach);
        await factory.Browser().PostFormAsync("/account/forgot-password", [new("Email", email)]);
        var link = factory.AccountMails.LastLinkTo(email)!;
        Assert.StartsWith("/account/reset-password?user=", link);
        Assert.DoesNotContain(Uri.EscapeDataString(email), link);

        var reset = await factory.Browser().PostFormAsync(link, "/account/reset-password", ResetFields(link, NewPassword));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Browser().LoginAsync(email, NewPassword)).StatusCode);

        var usedPage = await factory.Browser().GetPageAsync(link);
        Assert.Contains("Deze link is verlopen of al gebruikt.", usedPage);
        var again = await factory.Browser().PostFormAsync(link, "/account/reset-password", ResetFields(link, "nog een ander wachtwoord hier"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Deze link is verlopen of al gebruikt.", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Browser().LoginAsync(email, NewPassword)).StatusCode);
    }

    [Fact]
    public void ResetLinks_ExpireAfterTwoHours()
    {
        var options = factory.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value;

        Assert.Equal(TimeSpan.FromHours(2), options.TokenLifespan);
    }

    [Fact]
    public async Task ExpiredResetLink_IsRefused()
    {
        // This host gives links a one-second life, and both clocks move past it: the system clock
        // (which Identity's token provider reads) and the host's TimeProvider.
        using var shortLived = new ShortLinkAppFactory();
        var email = await shortLived.StaffAsync(Roles.Coach);
        await shortLived.Browser().PostFormAsync("/account/forgot-password", [new("Email", email)]);
        var link = shortLived.AccountMails.LastLinkTo(email)!;
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        shortLived.Clock.Advance(TimeSpan.FromHours(3));

        var page = await shortLived.Browser().GetPageAsync(link);
        var response = await shortLived.Browser().PostFormAsync(link, "/account/reset-password", ResetFields(link, NewPassword));

        Assert.Contains("Deze link is verlopen of al gebruikt.", page);
        Assert.Contains("Deze link is verlopen of al gebruikt.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await shortLived.Browser().LoginAsync(email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task AccountMadeByAdministrator_IsInvited_AndMustChooseItsOwnPasswordFirst()
    {
        const string email = "uitgenodigde.coach@jobportunities.test";
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var created = await admin.PostFormAsync("/admin/users/new",
        [
            new("Form.Email", email), new("Form.DisplayName", "Uitgenodigde Coach"), new("Form.Roles", Roles.Coach),
            new("Form.OrganisationId", ""), new("Form.Password", AccountTestData.Password),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.StartsWith("/account/reset-password?user=", factory.AccountMails.LastLinkTo(email, "invitation"));

        var coach = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await coach.LoginAsync(email, AccountTestData.Password)).StatusCode);
        var elsewhere = await coach.GetAsync("/participants");
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal("/account/password", elsewhere.Headers.Location!.OriginalString);
        Assert.Contains("De beheerder heeft uw eerste wachtwoord gekozen.", await coach.GetPageAsync("/account/password"));

        var changed = await coach.PostFormAsync("/account/password",
            [new("Form.CurrentPassword", AccountTestData.Password), new("Form.NewPassword", NewPassword), new("Form.ConfirmPassword", NewPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync("/participants")).StatusCode);
    }

    [Fact]
    public async Task InvitationLink_SetsTheFirstPassword_WithoutTheAdministratorsOne()
    {
        const string email = "via.link@jobportunities.test";
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        await admin.PostFormAsync("/admin/users/new",
            [new("Form.Email", email), new("Form.DisplayName", "Via Link"), new("Form.Roles", Roles.Coach), new("Form.OrganisationId", ""), new("Form.Password", AccountTestData.Password)]);
        var link = factory.AccountMails.LastLinkTo(email, "invitation")!;

        var set = await factory.Browser().PostFormAsync(link, "/account/reset-password", ResetFields(link, NewPassword));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        var coach = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await coach.LoginAsync(email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync("/participants")).StatusCode);
    }

    private static KeyValuePair<string, string>[] ResetFields(string link, string password)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        return [new("UserId", query["user"]!), new("Token", query["token"]!), new("NewPassword", password), new("ConfirmPassword", password)];
    }
}
