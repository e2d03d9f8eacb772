using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Jobportunities.IntegrationTests.Api;

/// <summary>A partner system calling the referral API with its key.</summary>
internal static class ApiClient
{
    public const string Url = "/api/v1/referrals";

    public static HttpClient Create(AppFactory factory, string? key, string? culture = null)
    {
        // Redirects are not followed: a refusal must show as what it is, never as the page it leads to.
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        if (culture is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        }

        return client;
    }

    public static Dictionary<string, object?> Referral(
        string externalReference,
        string postcode = "7811 AB",
        string country = "NL",
        string birthDate = "1985-04-23",
        string benefit = "none",
        string programme = "new-jobportunities-2") => new()
        {
            ["programme"] = programme,
            ["externalReference"] = externalReference,
            ["givenName"] = "Anna",
            ["familyName"] = "Mulder",
            ["birthDate"] = birthDate,
            ["email"] = "anna.mulder@example.test",
            ["phone"] = "06 12345678",
            ["postcode"] = postcode,
            ["country"] = country,
            ["benefit"] = benefit,
            ["reason"] = "Wil graag weer aan het werk in de zorg.",
        };

    public static string NewReference() => "EXT-" + Guid.NewGuid().ToString("N")[..12];

    public static Task<HttpResponseMessage> PostReferralAsync(this HttpClient client, object body) => client.PostAsJsonAsync(Url, body);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>A resource text as the app shows it in <paramref name="culture"/>.</summary>
    public static string Text(AppFactory factory, string culture, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>()[key].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
