using System.Net;
using Jobportunities.Core.Identity;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jobportunities.IntegrationTests.Referrals.ReferralTestKit;

namespace Jobportunities.IntegrationTests.Referrals;

/// <summary>Every /referrals endpoint: referrers with an organisation only, and only their organisation's data.</summary>
public class ReferralRightsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string[] Pages = ["/referrals", "/referrals/new", "/referrals/upload", "/referrals/uploads/1", "/referrals/uploads/1/report.csv"];

    private async Task<int> UwvUploadAsync(string external)
    {
        var uwv = factory.Browser();
        await uwv.SignInAsync(DemoAccounts.Referrer);
        return (await uwv.UploadToReportAsync(Csv(Header, Row(external, "Geheim")))).Id;
    }

    [Fact]
    public async Task Anonymous_IsSentToLogin_FromEveryEndpoint()
    {
        var client = factory.Browser();
        foreach (var url in Pages)
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location!.ToString());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/referrals/new", new FormUrlEncodedContent([]))).StatusCode);
    }

    [Theory]
    [InlineData(DemoAccounts.Coach)]
    [InlineData(DemoAccounts.Lead)]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Adviser)]
    public async Task OtherRoles_AreForbidden_EveryEndpoint(string email)
    {
        var id = await UwvUploadAsync(Unique());
        var client = factory.Browser();
        await client.SignInAsync(email);
        foreach (var url in Pages.Select(p => p.Replace("/1", "/" + id)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        // With a valid antiforgery token from a page they may see, the posts are still refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/", "/referrals/new", [new("Form.GivenName", "X")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/", "/referrals/upload", [])).StatusCode);
    }

    [Theory]
    [InlineData("verwijzer.zonder.organisatie@jobportunities.test", Roles.Referrer, null)]
    [InlineData("coach.bij.uwv@jobportunities.test", Roles.Coach, "UWV Emmen")]
    public async Task OnlyReferrersWithAnOrganisation_AreAllowed(string email, string role, string? organisation)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
            var organisationId = organisation is null ? (int?)null : (await db.Organisations.SingleAsync(o => o.Name == organisation)).Id;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, OrganisationId = organisationId };
            Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
            await users.AddToRoleAsync(user, role);
        }

        var client = factory.Browser();
        await client.SignInAsync(email);
        foreach (var url in Pages)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task ReferrerOfAnotherOrganisation_SeesNeitherTheUploadNorTheReferrals()
    {
        var external = Unique();
        var id = await UwvUploadAsync(external);
        string reference;
        await using (var scope = factory.Db())
        {
            reference = (await scope.Context.Applications.SingleAsync(a => a.ExternalReference == external)).Reference;
        }

        var agentur = factory.Browser();
        await agentur.SignInAsync(Verweiser);
        Assert.Equal(HttpStatusCode.NotFound, (await agentur.GetAsync($"/referrals/uploads/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agentur.GetAsync($"/referrals/uploads/{id}/report.csv")).StatusCode);
        var list = await agentur.GetPageAsync("/referrals");
        Assert.DoesNotContain(reference, list);
        Assert.DoesNotContain("Geheim", list);
        Assert.DoesNotContain($"/referrals/uploads/{id}\"", list);

        var uwv = factory.Browser();
        await uwv.SignInAsync(DemoAccounts.Referrer);
        Assert.Contains(reference, await uwv.GetPageAsync("/referrals"));
        Assert.Equal(HttpStatusCode.OK, (await uwv.GetAsync($"/referrals/uploads/{id}/report.csv")).StatusCode);
    }
}
