using System.Net;
using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Api;

public class ApiKeyAuthenticationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task NoKey_Returns401Problem()
    {
        var response = await ApiClient.Create(factory, null).PostReferralAsync(ApiClient.Referral(ApiClient.NewReference()));
        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task WrongKey_Returns401Problem()
    {
        var response = await ApiClient.Create(factory, "dev-uwv-emmen-wrong").GetAsync($"{ApiClient.Url}/JP-NOTHERE");
        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task RevokedKey_Returns401Problem()
    {
        var plain = ApiKey.Generate();
        await using (var scope = factory.Db())
        {
            var organisation = await scope.Context.Organisations.SingleAsync(o => o.Name == "UWV Emmen");
            var key = new ApiKey(organisation.Id, "Oud systeem", plain, factory.Clock.GetUtcNow().UtcDateTime, null);
            key.Revoke(factory.Clock.GetUtcNow().UtcDateTime);
            scope.Context.ApiKeys.Add(key);
            await scope.Context.SaveChangesAsync();
        }

        var response = await ApiClient.Create(factory, plain).PostReferralAsync(ApiClient.Referral(ApiClient.NewReference()));
        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task StaffCookie_IsNoApiKey()
    {
        var referrer = factory.Browser();
        await referrer.SignInAsync(DemoAccounts.Referrer);

        var response = await referrer.GetAsync($"{ApiClient.Url}/JP-NOTHERE");

        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task DevelopmentKeys_AreStoredAsHashesOnly()
    {
        await using var scope = factory.Db();
        var keys = await scope.Context.ApiKeys.Where(k => k.Name == "Development").ToListAsync();
        Assert.Equal(2, keys.Count);
        Assert.All(keys, k => Assert.DoesNotContain("dev-", k.Hash, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(keys, k => k.Hash == ApiKey.HashOf(DemoApiKeys.UwvEmmen));
        Assert.Contains(keys, k => k.Hash == ApiKey.HashOf(DemoApiKeys.AgenturNordhorn));
    }

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }
}
