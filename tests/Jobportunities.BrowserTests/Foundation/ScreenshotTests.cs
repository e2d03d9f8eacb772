using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Foundation;

/// <summary>Full-page screenshots of the public pages, for a human to look at (tests/Jobportunities.BrowserTests/screenshots, git-ignored).</summary>
[Collection("browser")]
public sealed class ScreenshotTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Theory]
    [InlineData("/", 1280, "home-desktop", "Samen naar werk of opleiding, aan beide kanten van de grens")]
    [InlineData("/account/login", 1280, "login-desktop", "Inloggen")]
    [InlineData("/", 390, "home-phone", "Samen naar werk of opleiding, aan beide kanten van de grens")]
    public async Task PublicPage_AtWidth_IsSavedAsScreenshot(string path, int width, string name, string heading)
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress, width, height: width < 600 ? 844 : 800);
        await using var _ = context;
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok, $"{path} answered {response?.Status}.");
        // The page that was asked for, not just any answer: its own heading.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);

        var file = await BrowserFixture.ScreenshotAsync(page, name);

        var info = new FileInfo(file);
        Assert.True(info.Exists, $"{file} was not written.");
        Assert.True(info.Length > 0, $"{file} is empty.");
    }

    [Fact]
    public async Task HomePage_AtPhoneWidth_HasNoHorizontalScroll()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress, width: 390, height: 844);
        await using var _ = context;
        await page.GotoAsync("/");

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(scrollWidth <= 390, $"The home page is {scrollWidth}px wide on a 390px phone screen: something overflows horizontally.");
    }
}
