using System.Net;
using Jobportunities.Core.Identity;
using Jobportunities.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jobportunities.IntegrationTests.Account;

/// <summary>Sign-out that ends the session, throttling per address and per account, no account enumeration.</summary>
public class SignInProtectionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Logout_EndsTheSession_ForACopiedCookie()
    {
        var email = await factory.StaffAsync(Roles.Coach);
        var client = factory.Browser();
        var login = await client.LoginAsync(email, AccountTestData.Password);
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("jp.auth", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/participants")).StatusCode);

        var logout = await client.PostFormAsync("/", "/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        var afterwards = await copy.GetAsync("/participants");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/account/login", afterwards.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Lockout_ShowsTheSameMessage_ForUnknownAndRealAccounts()
    {
        var real = await factory.StaffAsync(Roles.Coach);
        const string unknown = "niemand.hier@jobportunities.test";
        var client = factory.Browser();
        string realAnswer = "", unknownAnswer = "";
        for (var i = 0; i < 5; i++)
        {
            realAnswer = await (await client.LoginAsync(real, "verkeerd-wachtwoord-" + i)).Content.ReadAsStringAsync();
            unknownAnswer = await (await client.LoginAsync(unknown, "verkeerd-wachtwoord-" + i)).Content.ReadAsStringAsync();
        }

        Assert.Contains("15 minuten geblokkeerd", realAnswer);
        Assert.Contains("15 minuten geblokkeerd", unknownAnswer);
        Assert.Contains("15 minuten geblokkeerd", await (await client.LoginAsync(unknown, "nog-een-poging-erbij")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_Answers429WithRetryAfter_AfterTooManyTriesFromOneAddress()
    {
        using var limited = new LoginLimitAppFactory(perAccount: false);
        var client = limited.Browser();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync($"iemand{i}@jobportunities.test", "verkeerd-wachtwoord")).StatusCode);
        }

        var refused = await client.LoginAsync("nog.iemand@jobportunities.test", "verkeerd-wachtwoord");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Login_Answers429WithRetryAfter_AfterTooManyTriesForOneAccount()
    {
        using var limited = new LoginLimitAppFactory(perAccount: true);
        var email = await limited.StaffAsync(Roles.Coach);
        for (var i = 0; i < 3; i++)
        {
            await limited.Browser().LoginAsync(email, "verkeerd-wachtwoord-" + i);
        }

        var refused = await limited.Browser().LoginAsync(email.ToUpperInvariant(), AccountTestData.Password);
        var otherAccount = await limited.Browser().LoginAsync(await limited.StaffAsync(Roles.Coach), AccountTestData.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 60);
        Assert.Equal(HttpStatusCode.Redirect, otherAccount.StatusCode);
    }
}

/// <summary>
/// Runs alone (no other test class at the same time): it compares two response times, and under the
/// whole suite's load a pause of the machine once made the fastest of three tries of one kind slower
/// than a third of the other.
/// </summary>
[CollectionDefinition(nameof(SignInTimingTests), DisableParallelization = true)]
public sealed class SignInTimingCollection;

[Collection(nameof(SignInTimingTests))]
public sealed class SignInTimingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Login_AnswersUnknownAccounts_AfterHashingAPassword()
    {
        // The decoy does the work of a real password check, so an unknown address is not answered
        // much faster than a known one (probe: 2-9 ms against 67-220 ms before).
        var client = factory.Browser();
        var known = await factory.StaffAsync(Roles.Coach);
        await client.LoginAsync("opwarmen@jobportunities.test", "verkeerd-wachtwoord");
        TimeSpan fastestUnknown = TimeSpan.MaxValue, fastestKnown = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            // The fastest of three: a pause of the busy test machine only ever makes a try slower.
            var unknownTry = await TimeAsync(() => client.LoginAsync($"onbekend.{Guid.NewGuid():N}@jobportunities.test", "verkeerd-wachtwoord"));
            var knownTry = await TimeAsync(() => client.LoginAsync(known, "verkeerd-wachtwoord"));
            fastestUnknown = unknownTry < fastestUnknown ? unknownTry : fastestUnknown;
            fastestKnown = knownTry < fastestKnown ? knownTry : fastestKnown;
        }

        Assert.True(fastestUnknown > fastestKnown / 3, $"unknown {fastestUnknown.TotalMilliseconds} ms, known {fastestKnown.TotalMilliseconds} ms");
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }
}
