using System.Net;
using System.Text.RegularExpressions;
using Jobportunities.Core.Identity;
using Jobportunities.IntegrationTests.Infrastructure;

namespace Jobportunities.IntegrationTests.Account;

/// <summary>Security:RequireTwoFactor on: enrolment first, then the code step at every sign-in.</summary>
public partial class TwoFactorTests(TwoFactorAppFactory factory) : IClassFixture<TwoFactorAppFactory>
{
    [Theory]
    [InlineData(Roles.Coach, "/participants")]
    [InlineData(Roles.Administrator, "/admin/users")]
    [InlineData(Roles.Administrator, "/")]
    public async Task PasswordOnlySession_IsLedToEnrolment_AndReachesNothingElse(string role, string path)
    {
        var client = factory.Browser();
        var login = await client.LoginAsync(await factory.StaffAsync(role), AccountTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/two-factor", response.Headers.Location!.OriginalString);
        Assert.Contains("QR-code", await client.GetPageAsync("/account/two-factor"));
    }

    [Fact]
    public async Task Enrolment_WithAppCode_ShowsTenRecoveryCodesOnce_AndOpensTheApp()
    {
        var client = factory.Browser();
        await client.LoginAsync(await factory.StaffAsync(Roles.Administrator), AccountTestData.Password);

        var page = await client.GetPageAsync("/account/two-factor");
        Assert.Contains("<img src=\"data:image/png;base64,iVBOR", page); // a PNG, made on the server
        var key = KeyOn(page);
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);

        var wrong = await client.PostFormAsync("/account/two-factor", [new("Form.Code", "000000")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Deze code klopt niet", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/users")).StatusCode);

        var codes = await EnrolAsync(client, key);

        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/two-factor/recovery-codes")).StatusCode); // shown once
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task SignIn_AsksForTheAppCode_AfterThePassword_WhenEnrolled()
    {
        var email = await factory.StaffAsync(Roles.Coach);
        var first = factory.Browser();
        await first.LoginAsync(email, AccountTestData.Password);
        var key = KeyOn(await first.GetPageAsync("/account/two-factor"));
        await EnrolAsync(first, key);

        var client = factory.Browser();
        var login = await client.LoginAsync(email, AccountTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/account/login/two-factor", login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/participants")).StatusCode); // not signed in yet

        var wrong = await client.PostFormAsync("/account/login/two-factor", [new("Code", "123456")]);
        Assert.Contains("Deze code klopt niet", await wrong.Content.ReadAsStringAsync());
        var right = await client.PostFormAsync("/account/login/two-factor", [new("Code", Totp.Code(key))]);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/participants")).StatusCode);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce()
    {
        var email = await factory.StaffAsync(Roles.Coach);
        var first = factory.Browser();
        await first.LoginAsync(email, AccountTestData.Password);
        var codes = await EnrolAsync(first, KeyOn(await first.GetPageAsync("/account/two-factor")));

        var client = factory.Browser();
        await client.LoginAsync(email, AccountTestData.Password);
        var used = await client.PostFormAsync("/account/login/recovery", [new("RecoveryCode", codes[0])]);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/participants")).StatusCode);

        var again = factory.Browser();
        await again.LoginAsync(email, AccountTestData.Password);
        var reused = await again.PostFormAsync("/account/login/recovery", [new("RecoveryCode", codes[0])]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("al gebruikt", await reused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CodeStep_WithoutThePasswordStep_GoesBackToLogin()
    {
        var response = await factory.Browser().GetAsync("/account/login/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.OriginalString);
    }

    /// <summary>Types the app's code on the enrolment page and returns the recovery codes shown.</summary>
    internal static async Task<IReadOnlyList<string>> EnrolAsync(HttpClient client, string key)
    {
        var enrol = await client.PostFormAsync("/account/two-factor", [new("Form.Code", Totp.Code(key))]);
        Assert.Equal(HttpStatusCode.Redirect, enrol.StatusCode);
        Assert.Equal("/account/two-factor/recovery-codes", enrol.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync("/account/two-factor/recovery-codes");
        return RecoveryCodePattern().Matches(page).Select(m => m.Groups[1].Value).ToList();
    }

    internal static string KeyOn(string page) =>
        WebUtility.HtmlDecode(KeyPattern().Match(page).Groups[1].Value);

    [GeneratedRegex("data-testid=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li class=\"utrecht-unordered-list__item\"><code class=\"utrecht-code\">([^<]+)</code>")]
    private static partial Regex RecoveryCodePattern();
}
