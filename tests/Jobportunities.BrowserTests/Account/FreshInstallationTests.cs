using System.Net;
using System.Security.Cryptography;
using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Core.Data;
using Jobportunities.Web.Infrastructure.Bootstrap;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Account;

/// <summary>
/// A fresh installation as it starts for real: no demo data, two-step sign-in required, the first
/// administrator made by the create-admin command. In Chromium the administrator signs in, enrols an
/// authenticator app (the test computes its codes from the key on the page), keeps the recovery
/// codes, and invites a coach.
/// </summary>
[Collection("browser")]
public sealed class FreshInstallationTests(BrowserFixture browser, FreshInstallationFactory app) : IClassFixture<FreshInstallationFactory>
{
    private const string AdminEmail = "beheer@gemeente.test";
    private const string AdminPassword = "de eerste zin van de beheerder";

    [Fact]
    public async Task FirstAdministrator_SignsInWithTwoSteps_AndInvitesACoach()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var command = scope.ServiceProvider.GetRequiredService<CreateAdminCommand>();
            Assert.Equal(CreateAdminCommand.Created, await command.RunAsync(AdminEmail, AdminPassword, TextWriter.Null));
        }

        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, AdminEmail, AdminPassword);

        // Password only: the enrolment page, and nothing else.
        await Expect(page).ToHaveURLAsync(app.Url("/account/two-factor"));
        await page.GotoAsync("/admin/users");
        await Expect(page).ToHaveURLAsync(app.Url("/account/two-factor"));
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-code met de sleutel voor uw authenticator-app" })).ToBeVisibleAsync();

        var key = await page.GetByTestId("authenticator-key").InnerTextAsync();
        await page.GetByLabel("Code uit de app").FillAsync(TotpCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Code controleren en aanzetten" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw herstelcodes" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ik heb de codes bewaard, verder" }).ClickAsync();

        await page.GotoAsync("/admin/users/new");
        await page.GetByLabel("E-mailadres").FillAsync("eerste.coach@gemeente.test");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Eerste Coach");
        await page.GetByLabel("Coach", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Wachtwoord").FillAsync("een tijdelijke zin voor de coach");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.Url("/admin/users"));
        await Expect(page.GetByText("eerste.coach@gemeente.test").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "fresh-installation-users");
    }

    /// <summary>RFC 6238 (HMAC-SHA1, 30 s, 6 digits) from the base32 key shown on the page, as an authenticator app computes it.</summary>
    private static string TotpCode(string base32Key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var key = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                key.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
                buffer &= (1 << bits) - 1;
            }
        }

        var counter = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(key.ToArray(), counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// Like <see cref="BrowserAppFactory"/>, but without demo data and with Security:RequireTwoFactor on.
/// The environment stays "Testing": Production would refuse nothing here but would send the session
/// cookie only over HTTPS, which this loopback server does not speak.
/// </summary>
public sealed class FreshInstallationFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly Lazy<string> _serverAddress;

    public FreshInstallationFactory()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _serverAddress = new Lazy<string>(() =>
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        });
    }

    public string ServerAddress => _serverAddress.Value;

    public string Url(string path) => ServerAddress + path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _connection.Open();
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Security:RequireTwoFactor", "true");
        builder.UseSetting("DurableChecks:RunDailyJob", "false");
        builder.UseSetting("Logging:File:Path", "");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<DbContextOptions<AppDbContext>>();
            services.RemoveAll<IDbContextOptionsConfiguration<AppDbContext>>();
            services.AddDbContext<AppDbContext>(o => o.UseSqlite(_connection, x => x.MigrationsAssembly("Jobportunities.Migrations.Sqlite")));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _connection.Dispose();
        }
    }
}
