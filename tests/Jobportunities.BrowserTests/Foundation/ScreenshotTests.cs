using Jobportunities.BrowserTests.Infrastructure;

namespace Jobportunities.BrowserTests.Foundation;

/// <summary>Full-page screenshots of the public pages, for a human to look at (tests/Jobportunities.BrowserTests/screenshots, git-ignored).</summary>
[Collection("browser")]
public sealed class ScreenshotTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Theory]
    [InlineData("/", 1280, "home-desktop")]
    [InlineData("/account/login", 1280, "login-desktop")]
    [InlineData("/", 390, "home-phone")]
    public async Task PublicPage_AtWidth_IsSavedAsScreenshot(string path, int width, string name)
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress, width, height: width < 600 ? 844 : 800);
        await using var _ = context;
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok, $"{path} answered {response?.Status}.");

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
