using Microsoft.Playwright;

namespace Jobportunities.BrowserTests.Infrastructure;

/// <summary>
/// One Playwright driver and one headless Chromium (Debian's, at /usr/bin/chromium) for the whole
/// test assembly. Each test opens its own <see cref="IBrowserContext"/>, so cookies and language
/// never leak between tests. Never calls <c>playwright install</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DemoPassword = "Demo-jobs-2026!";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: run `apt-get install -y chromium` (tools/test.sh does).");
        }

        // Expect(...) retries for 5 s by default; the build machines have 2 cores and may be busy.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh context (own cookies) with a Dutch browser, 1280×800 unless told otherwise.</summary>
    public async Task<IBrowserContext> NewContextAsync(string baseUrl, int width = 1280, int height = 800, bool javaScriptEnabled = true, string locale = "nl-NL")
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = baseUrl,
            Locale = locale,
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = javaScriptEnabled,
        });

        // Generous waits: on a busy 2-core machine a first request (start-up, view compilation, password hashing) can take long.
        context.SetDefaultNavigationTimeout(90_000);
        context.SetDefaultTimeout(60_000);
        return context;
    }

    /// <summary>A fresh context and its one page.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(string baseUrl, int width = 1280, int height = 800, bool javaScriptEnabled = true, string locale = "nl-NL")
    {
        var context = await NewContextAsync(baseUrl, width, height, javaScriptEnabled, locale);
        var page = await context.NewPageAsync();
        return (context, page);
    }

    /// <summary>Signs in on the Dutch login page by its labels, as a person would, and waits for the redirect.</summary>
    public static async Task LoginAsync(IPage page, string baseUrl, string email, string password = DemoPassword)
    {
        await page.GotoAsync(baseUrl.TrimEnd('/') + "/account/login");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/account/login", StringComparison.OrdinalIgnoreCase), new() { Timeout = 90_000 });
    }

    /// <summary>Saves a full-page screenshot to <c>tests/Jobportunities.BrowserTests/screenshots/&lt;name&gt;.png</c> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder(), name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    /// <summary>The git-ignored screenshots folder next to this project's .csproj (found from the test binaries upwards).</summary>
    public static string ScreenshotFolder() =>
        Directory.CreateDirectory(Path.Combine(ProjectFolder(), "screenshots")).FullName;

    /// <summary>The folder of this project's .csproj, found from the test binaries upwards.</summary>
    public static string ProjectFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jobportunities.BrowserTests.csproj")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No Jobportunities.BrowserTests.csproj above {AppContext.BaseDirectory}.");
        }

        return directory.FullName;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
