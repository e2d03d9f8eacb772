using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;

namespace Jobportunities.IntegrationTests.Foundation;

public class AccountTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(DemoAccounts.Coach, "Coach")]
    [InlineData(DemoAccounts.Adviser, "Werkgeversadviseur")]
    [InlineData(DemoAccounts.Lead, "Projectleider")]
    [InlineData(DemoAccounts.Referrer, "Verwijzer")]
    [InlineData(DemoAccounts.Admin, "Beheerder")]
    public async Task Login_ShowsHomeWithRole_ForEachDemoAccount(string email, string roleText)
    {
        var client = factory.Browser();
        var response = await client.LoginAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var home = await client.GetPageAsync("/");
        Assert.Contains(roleText, home);
        Assert.Contains("Uitloggen", home);
    }

    [Fact]
    public async Task Navigation_FollowsRole()
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var adminHome = await admin.GetPageAsync("/");
        Assert.Contains("href=\"/admin/users\"", adminHome);
        Assert.Contains("href=\"/programmes\"", adminHome);

        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var coachHome = await coach.GetPageAsync("/");
        Assert.DoesNotContain("href=\"/admin/users\"", coachHome);
        Assert.DoesNotContain("href=\"/programmes\"", coachHome);
    }

    [Fact]
    public async Task Login_RefusesWrongPassword_WithOneMessageForAllFailures()
    {
        var client = factory.Browser();
        var wrongPassword = await client.LoginAsync(DemoAccounts.Adviser, "not-the-password-at-all");
        var unknownUser = await client.LoginAsync("nobody@jobportunities.test", "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        var first = await wrongPassword.Content.ReadAsStringAsync();
        var second = await unknownUser.Content.ReadAsStringAsync();
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", first);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", second);
        Assert.Contains("value=\"adviser@jobportunities.test\"", first);
    }

    [Fact]
    public async Task Login_LocksAccount_AfterFiveFailures_ForFifteenMinutes()
    {
        // coach2 is used by no other test of this class, so its lockout disturbs nothing.
        const string email = "coach2@jobportunities.test";
        var client = factory.Browser();
        for (var i = 0; i < 4; i++)
        {
            var failed = await client.LoginAsync(email, "wrong-password-" + i);
            Assert.Contains("klopt niet", await failed.Content.ReadAsStringAsync());
        }

        var fifth = await client.LoginAsync(email, "wrong-password-5");
        Assert.Contains("15 minuten geblokkeerd", await fifth.Content.ReadAsStringAsync());
        var rightPasswordWhileLocked = await client.LoginAsync(email);
        Assert.Equal(HttpStatusCode.OK, rightPasswordWhileLocked.StatusCode);
        Assert.Contains("15 minuten geblokkeerd", await rightPasswordWhileLocked.Content.ReadAsStringAsync());

        await using (var scope = factory.Db())
        {
            var user = scope.Context.Users.Single(u => u.Email == email);
            // Identity's lockout reads the system clock, not the app's TimeProvider: the real time is right here.
            var remaining = user.LockoutEnd!.Value - DateTimeOffset.UtcNow;
            Assert.InRange(remaining, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));

            // Fifteen minutes later the lock has run out.
            user.LockoutEnd = DateTimeOffset.UtcNow.AddSeconds(-1);
            await scope.Context.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await factory.Browser().LoginAsync(email)).StatusCode);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Lead);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/programmes")).StatusCode);

        var logout = await client.PostFormAsync("/", "/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        var after = await client.GetAsync("/programmes");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/account/login", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRefused()
    {
        var client = factory.Browser();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent([new("Form.Email", DemoAccounts.Coach), new("Form.Password", DemoAccounts.Password)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task LoginPage_HidesDemoAccounts_OutsideDevelopment()
    {
        var page = await factory.Browser().GetPageAsync("/account/login");
        Assert.DoesNotContain(DemoAccounts.Password, page);
        Assert.DoesNotContain("admin@jobportunities.test", page);
    }

    [Fact]
    public async Task NoStaffSelfRegistration()
    {
        // Deny by default: an anonymous caller is sent to the login page; a signed-in user finds nothing.
        var client = factory.Browser();
        foreach (var url in new[] { "/account/register", "/Identity/Account/Register" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        await client.SignInAsync(Web.Demo.DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/account/register")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Identity/Account/Register")).StatusCode);
    }
}

public class DevelopmentLoginTests(DevelopmentAppFactory factory) : IClassFixture<DevelopmentAppFactory>
{
    [Fact]
    public async Task LoginPage_ListsEveryDemoAccount_InDevelopment()
    {
        var page = await factory.Browser().GetPageAsync("/account/login");
        Assert.Contains(DemoAccounts.Password, page);
        foreach (var account in DemoAccounts.List)
        {
            Assert.Contains(account.Email, page);
        }
    }
}
