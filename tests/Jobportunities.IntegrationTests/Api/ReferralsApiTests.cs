using System.Net;
using System.Text;
using Jobportunities.Core.Common;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Api;

public class ReferralsApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private HttpClient Uwv(string? culture = null) => ApiClient.Create(factory, DemoApiKeys.UwvEmmen, culture);

    [Fact]
    public async Task Post_Returns201_WithLocationAndBody()
    {
        var response = await Uwv().PostReferralAsync(ApiClient.Referral(ApiClient.NewReference()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.JsonAsync();
        var reference = body.GetProperty("reference").GetString()!;
        Assert.StartsWith("JP-", reference);
        Assert.Equal($"/api/v1/referrals/{reference}", response.Headers.Location!.OriginalString);
        Assert.Equal("received", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("eligible").GetBoolean());
        Assert.Equal(0, body.GetProperty("unmetConditions").GetArrayLength());
    }

    [Fact]
    public async Task Post_StoresIneligibleReferral_WithUnmetConditionsAndDutchMessages()
    {
        var sixteen = factory.Clock.Today().AddYears(-16).AddDays(-10);
        var response = await Uwv().PostReferralAsync(ApiClient.Referral(ApiClient.NewReference(), postcode: "49074", country: "DE",
            birthDate: sixteen.ToString("yyyy-MM-dd"), benefit: "ww"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.GetProperty("eligible").GetBoolean());
        var unmet = body.GetProperty("unmetConditions").EnumerateArray()
            .ToDictionary(u => u.GetProperty("code").GetString()!, u => u.GetProperty("message").GetString());
        Assert.Equal(["region", "age", "benefit"], unmet.Keys);
        foreach (var (code, message) in unmet)
        {
            Assert.Equal(ApiClient.Text(factory, "nl", "Eligibility.Unmet." + code), message);
        }
    }

    [Fact]
    public async Task Post_AnswersInGerman_WithAcceptLanguageDe()
    {
        var response = await Uwv("de").PostReferralAsync(ApiClient.Referral(ApiClient.NewReference(), postcode: "49074", country: "DE"));

        var message = (await response.JsonAsync()).GetProperty("unmetConditions")[0].GetProperty("message").GetString();
        Assert.Equal(ApiClient.Text(factory, "de", "Eligibility.Unmet.region"), message);
        Assert.NotEqual(ApiClient.Text(factory, "nl", "Eligibility.Unmet.region"), message);
    }

    [Fact]
    public async Task Post_SameExternalReferenceAgain_Returns200WithTheFirst_AndStoresNothingNew()
    {
        var external = ApiClient.NewReference();
        var first = await Uwv().PostReferralAsync(ApiClient.Referral(external));
        var again = await Uwv().PostReferralAsync(ApiClient.Referral(external));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        await using var scope = factory.Db();
        Assert.Equal(1, await scope.Context.Applications.CountAsync(a => a.ExternalReference == external));
    }

    [Fact]
    public async Task Post_TwoOrganisations_MayUseTheSameExternalReference()
    {
        var external = ApiClient.NewReference();
        var uwv = await Uwv().PostReferralAsync(ApiClient.Referral(external));
        var agentur = await ApiClient.Create(factory, DemoApiKeys.AgenturNordhorn).PostReferralAsync(ApiClient.Referral(external, postcode: "48527", country: "DE", benefit: "none"));

        Assert.Equal(HttpStatusCode.Created, uwv.StatusCode);
        Assert.Equal(HttpStatusCode.Created, agentur.StatusCode);
        Assert.NotEqual((await uwv.JsonAsync()).GetProperty("reference").GetString(), (await agentur.JsonAsync()).GetProperty("reference").GetString());
    }

    [Fact]
    public async Task Post_InvalidInput_Returns400Problem_WithErrorsPerJsonField()
    {
        var referral = ApiClient.Referral(ApiClient.NewReference(), postcode: "ABC", birthDate: "23-04-1985", benefit: "uitkering");
        referral["givenName"] = "";
        referral.Remove("reason");

        var response = await Uwv().PostReferralAsync(referral);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        var keys = errors.EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["benefit", "birthDate", "givenName", "postcode", "reason"], keys);
        Assert.Equal(ApiClient.Text(factory, "nl", "Api.Validation.Date"), errors.GetProperty("birthDate")[0].GetString());
    }

    [Fact]
    public async Task Post_TruncatedJson_Returns400Problem()
    {
        var json = "{\"programme\": \"new-jobportunities-2\", \"givenName\": ";
        var response = await Uwv().PostAsync(ApiClient.Url, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty((await response.JsonAsync()).GetProperty("errors").EnumerateObject());
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    public async Task Post_MalformedJson_Returns400Problem(string json)
    {
        var response = await Uwv().PostAsync(ApiClient.Url, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["$"], errors.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Post_WrongJsonType_Returns400_KeyedByTheField()
    {
        var referral = ApiClient.Referral(ApiClient.NewReference());
        referral["consentToShare"] = "yes";

        var response = await Uwv().PostReferralAsync(referral);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["consentToShare"], errors.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Post_UnknownProgramme_Returns404Problem()
    {
        var response = await Uwv().PostReferralAsync(ApiClient.Referral(ApiClient.NewReference(), programme: "bestaat-niet"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_OwnReferral_Returns200_WithItsStatus()
    {
        var external = ApiClient.NewReference();
        var reference = (await (await Uwv().PostReferralAsync(ApiClient.Referral(external))).JsonAsync()).GetProperty("reference").GetString();

        var response = await Uwv().GetAsync($"{ApiClient.Url}/{reference}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(reference, body.GetProperty("reference").GetString());
        Assert.Equal(external, body.GetProperty("externalReference").GetString());
        Assert.Equal("new-jobportunities-2", body.GetProperty("programme").GetString());
        Assert.Equal("received", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("eligible").GetBoolean());
        Assert.True(body.TryGetProperty("submittedAt", out _));
        Assert.False(body.TryGetProperty("declineReason", out _));
    }

    [Fact]
    public async Task Get_DeclinedReferral_ShowsDeclinedWithReason()
    {
        var reference = (await (await Uwv().PostReferralAsync(ApiClient.Referral(ApiClient.NewReference()))).JsonAsync()).GetProperty("reference").GetString();
        await using (var scope = factory.Db())
        {
            var application = await scope.Context.Applications.SingleAsync(a => a.Reference == reference);
            application.Decline("coach-id", "Verhuist naar Groningen.", factory.Clock.GetUtcNow().UtcDateTime);
            await scope.Context.SaveChangesAsync();
        }

        var body = await (await Uwv().GetAsync($"{ApiClient.Url}/{reference}")).JsonAsync();

        Assert.Equal("declined", body.GetProperty("status").GetString());
        Assert.Equal("Verhuist naar Groningen.", body.GetProperty("declineReason").GetString());
    }

    [Fact]
    public async Task Get_AnotherOrganisationsReference_Returns404()
    {
        var reference = (await (await ApiClient.Create(factory, DemoApiKeys.AgenturNordhorn).PostReferralAsync(ApiClient.Referral(ApiClient.NewReference(), postcode: "48527", country: "DE")))
            .JsonAsync()).GetProperty("reference").GetString();

        var response = await Uwv().GetAsync($"{ApiClient.Url}/{reference}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_UnknownReference_Returns404Problem()
    {
        var response = await Uwv().GetAsync($"{ApiClient.Url}/JP-NOTHERE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheReferralApiOnly()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/v1/referrals", document);
        Assert.Contains("X-Api-Key", document);
        Assert.DoesNotContain("/programmes", document);
        Assert.DoesNotContain("/admin/", document);
    }
}
