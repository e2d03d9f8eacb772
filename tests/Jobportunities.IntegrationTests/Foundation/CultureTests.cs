using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;

namespace Jobportunities.IntegrationTests.Foundation;

public class CultureTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task HomePage_IsDutch_ByDefault()
    {
        var page = await factory.Browser().GetPageAsync("/");
        Assert.Contains("<html lang=\"nl\">", page);
        Assert.Contains("Inloggen voor medewerkers", page);
    }

    [Theory]
    [InlineData("de-DE,de;q=0.9", "de", "Anmeldung für Mitarbeitende")]
    [InlineData("en-GB,en;q=0.8", "en", "Staff sign-in")]
    [InlineData("fr-FR", "nl", "Inloggen voor medewerkers")]
    public async Task HomePage_FollowsAcceptLanguage(string header, string lang, string text)
    {
        var page = await factory.Browser(header).GetPageAsync("/");
        Assert.Contains($"<html lang=\"{lang}\">", page);
        Assert.Contains(text, page);
    }

    [Fact]
    public async Task QueryString_OverridesAcceptLanguage()
    {
        var page = await factory.Browser("en").GetPageAsync("/?culture=de");
        Assert.Contains("<html lang=\"de\">", page);
    }

    [Fact]
    public async Task Switcher_SetsCookie_AndReturnsToThePage()
    {
        var client = factory.Browser();
        var response = await client.PostFormAsync("/account/login", "/culture", [new("culture", "de"), new("returnUrl", "/account/login?culture=en&returnUrl=%2F")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?returnUrl=%2F", response.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync("/account/login");
        Assert.Contains("<html lang=\"de\">", page);
        Assert.Contains("Anmelden", page);
    }

    [Fact]
    public async Task Switcher_RefusesForeignReturnUrl()
    {
        var response = await factory.Browser().PostFormAsync("/", "/culture", [new("culture", "en"), new("returnUrl", "https://evil.example/")]);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ValidationMessages_AreInTheUsersLanguage()
    {
        var client = factory.Browser("de");
        var response = await client.PostFormAsync("/account/login", [new("Form.Email", ""), new("Form.Password", "")]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Geben Sie Ihre E-Mail-Adresse ein.", page);
        Assert.Contains("aria-invalid=\"true\"", page);
        Assert.Contains("href=\"#Form_Email\"", page);
    }
}
