using System.Text.RegularExpressions;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;

namespace Jobportunities.IntegrationTests.Foundation;

/// <summary>Every POST form on the main pages carries its own antiforgery token (docs/adr/0010).</summary>
public partial class AntiforgeryOnEveryFormTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task EveryPostForm_HasAToken()
    {
        var participant = await factory.ParticipantAsync("Forms", DemoAccounts.Coach);
        var application = await factory.ApplyAsync("FormsQueue");
        var pages = new (string User, string Url)[]
        {
            ("", "/account/login"),
            ("", "/intake/new-jobportunities-2"),
            (DemoAccounts.Coach, $"/participants/{participant}"),
            (DemoAccounts.Coach, $"/participants/{participant}/placements"),
            (DemoAccounts.Coach, $"/intake-queue/{application.Id}"),
            (DemoAccounts.Lead, "/stand-ins"),
            (DemoAccounts.Admin, "/programmes/new-jobportunities-2/edit"),
            (DemoAccounts.Admin, "/admin/users/new"),
        };

        foreach (var (user, url) in pages)
        {
            var client = factory.Browser();
            if (user.Length > 0)
            {
                await client.SignInAsync(user);
            }

            var html = await client.GetPageAsync(url);
            var forms = PostForm().Matches(html);
            Assert.NotEmpty(forms);
            foreach (Match form in forms)
            {
                Assert.True(form.Value.Contains("__RequestVerificationToken", StringComparison.Ordinal), $"A form on {url} has no token: {form.Value[..Math.Min(200, form.Value.Length)]}");
            }
        }
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();
}
