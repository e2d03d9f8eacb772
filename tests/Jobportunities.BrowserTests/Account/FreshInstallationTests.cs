using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
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
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Account;

/// <summary>
/// The go-live journey on a fresh installation, as the README's "Installing for real" describes it:
/// no demo data, two-step sign-in required, the first administrator made by the create-admin command
/// (its arguments and its password on standard input, as typed in the shell). In Chromium the
/// administrator signs in, enrols an authenticator app (the test computes its codes from the key on
/// the page, as the app would), invites a coach, signs out and in again with password and app code,
/// creates a programme with a pasted postcode list and the coach on its staff; then an anonymous
/// candidate registers on the programme's public form and is told they can take part.
/// </summary>
[Collection("browser")]
public sealed class FreshInstallationTests(BrowserFixture browser, FreshInstallationFactory app) : IClassFixture<FreshInstallationFactory>
{
    private const string AdminEmail = "beheer@gemeente.test";
    private const string AdminPassword = "de eerste zin van de beheerder";
    private const string CoachEmail = "eerste.coach@gemeente.test";

    [Fact]
    public async Task FreshInstallation_AdminFromTheCommand_SignsInWithTwoSteps_CreatesAProgramme_InvitesACoach_AndACandidateRegisters()
    {
        // The README's command: `printf '%s\n' "$ADMIN_PASSWORD" | dotnet run --project src/Jobportunities.Web -- create-admin --email …`.
        // Program hands its arguments, standard input and standard error to this same entry point.
        string[] readmeArguments = [CreateAdminCommand.Name, "--email", AdminEmail];
        var output = new StringWriter();
        Assert.Equal(CreateAdminCommand.Created, await CreateAdminCommand.ExecuteAsync(app.Services, readmeArguments, new StringReader(AdminPassword + "\n"), output));
        Assert.Contains("created", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(CreateAdminCommand.AdministratorExists,
            await CreateAdminCommand.ExecuteAsync(app.Services, [CreateAdminCommand.Name, "--email", "tweede@gemeente.test"], new StringReader(AdminPassword + "\n"), TextWriter.Null));

        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, AdminEmail, AdminPassword);

        // Password only: the enrolment page, and nothing else.
        await Expect(page).ToHaveURLAsync(app.Url("/account/two-factor"));
        await page.GotoAsync("/admin/users");
        await Expect(page).ToHaveURLAsync(app.Url("/account/two-factor"));
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-code met de sleutel voor uw authenticator-app" })).ToBeVisibleAsync();

        var key = await page.GetByTestId("authenticator-key").InnerTextAsync();
        var enrolmentCode = TotpCode(key);
        await page.GetByLabel("Code uit de app").FillAsync(enrolmentCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Code controleren en aanzetten" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw herstelcodes" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ik heb de codes bewaard, verder" }).ClickAsync();

        // The first coach: an account made by the administrator, who gets an invitation.
        await page.GotoAsync("/admin/users/new");
        await page.GetByLabel("E-mailadres").FillAsync(CoachEmail);
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Eerste Coach");
        await page.GetByLabel("Coach", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Wachtwoord").FillAsync("een tijdelijke zin voor de coach");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.Url("/admin/users"));
        await Expect(page.GetByText(CoachEmail).First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "fresh-installation-users");

        // Signed out, then in again: password, then a code from the app.
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mailadres").FillAsync(AdminEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/login/two-factor"));
        await page.GetByLabel("Code uit de app").FillAsync(await CodeOtherThanAsync(key, enrolmentCode));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/"));

        // A programme with a pasted postcode list, and the coach on its staff.
        await page.GotoAsync("/programmes/new");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nieuw programma");
        await page.Locator("#Form_Code").FillAsync("eerste-programma");
        await page.Locator("#Form_Name").FillAsync("Eerste Programma");
        await page.Locator("#Form_StartDate").FillAsync("2026-01-01");
        await page.Locator("#Form_EndDate").FillAsync("2028-12-31");
        await page.Locator("#Form_Budget").FillAsync("75000");
        await page.GetByLabel("Geen uitkering").CheckAsync();
        await page.Locator("#Form_TargetParticipants").FillAsync("60");
        await page.Locator("#Form_TargetPlacements").FillAsync("30");
        await page.Locator("#Form_TargetDurablePlacements").FillAsync("15");
        await page.Locator("#Form_Areas_0__Name").FillAsync("Emmen");
        await page.Locator("#Form_Areas_0__Postcodes").FillAsync("7811\n7812\n7813, 7814; 7815");
        await page.GetByLabel($"Eerste Coach ({CoachEmail})").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Eerste Programma");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Gebieden en hun postcodes" })).ToContainTextAsync("7811, 7812, 7813, 7814, 7815");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var programmeId = await db.Programmes.Where(p => p.Code == "eerste-programma").Select(p => p.Id).SingleAsync();
            var coachId = await db.Users.Where(u => u.Email == CoachEmail).Select(u => u.Id).SingleAsync();
            Assert.True(await db.ProgrammeMembers.AnyAsync(m => m.ProgrammeId == programmeId && m.UserId == coachId), "The coach is not on the programme's staff.");
        }

        // An anonymous candidate on the public form.
        var (candidateContext, candidate) = await browser.NewPageAsync(app.ServerAddress);
        await using var __ = candidateContext;
        await candidate.GotoAsync("/intake/eerste-programma");
        await candidate.GetByLabel("Voornaam", new() { Exact = true }).FillAsync("Sanne");
        await candidate.GetByLabel("Achternaam", new() { Exact = true }).FillAsync("Bakker");
        await candidate.GetByLabel("Geboortedatum", new() { Exact = true }).FillAsync("1990-03-12");
        await candidate.GetByLabel("E-mailadres").FillAsync("sanne.bakker@example.nl");
        await candidate.GetByLabel("Postcode", new() { Exact = true }).FillAsync("7813 CD");
        await candidate.GetByLabel("Geen uitkering").CheckAsync();
        await candidate.GetByLabel("Geen van beide").CheckAsync();
        await candidate.GetByLabel("Ik heb de privacyverklaring gelezen en ga akkoord").CheckAsync();
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();

        await Expect(candidate.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uw aanmelding is ontvangen");
        await Expect(candidate.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToHaveTextAsync("U kunt meedoen. Wat gebeurt er nu?");
    }

    /// <summary>The app's current code, once it differs from one already used (a new 30-second step starts at most 30 s later).</summary>
    private static async Task<string> CodeOtherThanAsync(string key, string used)
    {
        var code = TotpCode(key);
        while (code == used)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            code = TotpCode(key);
        }

        return code;
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
/// Like <see cref="BrowserAppFactory"/>, but without demo data and with Security:RequireTwoFactor on
/// (the Production default), over a new empty in-memory SQLite database.
/// </summary>
/// <remarks>
/// The environment is "Testing", not "Production", on purpose: Production sends the session cookie
/// with the Secure flag only (and redirects to HTTPS with HSTS), and this loopback Kestrel speaks
/// plain HTTP, so the browser would never send the session back. Relaxing that in Production by a
/// setting would put a switch that turns off secure cookies into the real app; what Production adds
/// beyond this (two-step sign-in on, demo data refused) is set here or tested on its own
/// (StartupRefusalTests).
/// </remarks>
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

    /// <summary>The app's clock: starts at <see cref="TestClock.Start"/>, like every test host's.</summary>
    public FakeTimeProvider Clock { get; } = new(TestClock.Start);

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
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
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
