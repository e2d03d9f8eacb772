using System.Net;
using Jobportunities.Core.Data;
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

namespace Jobportunities.BrowserTests.Infrastructure;

/// <summary>
/// The real app on real Kestrel at a random loopback port, so a real browser can reach it, over one
/// open in-memory SQLite connection with the real migrations applied and the demo data seeded
/// (environment "Testing"). Each test class gets its own factory and so its own server and database.
/// </summary>
/// <remarks>
/// .NET 10: Kestrel is chosen with the factory's own <see cref="WebApplicationFactory{TEntryPoint}.UseKestrel(Action{Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions})"/>
/// before the host is built. Calling <c>builder.UseKestrel()</c> inside <see cref="ConfigureWebHost"/> is not enough:
/// the factory adds the TestServer after that callback unless its own UseKestrel was called.
/// </remarks>
public class BrowserAppFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly Lazy<string> _serverAddress;

    public BrowserAppFactory()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _serverAddress = new Lazy<string>(StartAndReadAddress);
    }

    /// <summary>The app's clock: starts at <see cref="TestClock.Start"/>; moves only when a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(TestClock.Start);

    /// <summary>Also the demo participants, plans, employers and placements (as in Development), not only accounts and programmes.</summary>
    protected virtual bool SeedDemoFiles => false;

    /// <summary>The address Kestrel really listens on, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash). Starts the server.</summary>
    public string ServerAddress => _serverAddress.Value;

    /// <summary>An absolute address on the server for an app path such as <c>/account/login</c>.</summary>
    public string Url(string path) => ServerAddress + path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _connection.Open();
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:SeedDemoData", "true");
        if (SeedDemoFiles)
        {
            builder.UseSetting("Database:SeedDemoParticipants", "true");
            builder.UseSetting("Database:SeedDemoEmployers", "true");
        }

        builder.UseSetting("DurableChecks:RunDailyJob", "false");
        builder.UseSetting("Logging:File:Path", "");
        // Browser tests sign in many times a minute from one address; the limits have their own tests.
        builder.UseSetting("RateLimiting:LoginPerMinute", "100000");
        builder.UseSetting("RateLimiting:LoginPerAccountPer15Minutes", "100000");
        // Request logs on the console only drown the test output; warnings and errors still show.
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

    private string StartAndReadAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        return address.TrimEnd('/');
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

/// <summary>The browser test app with the whole demo data set, so every kind of record page exists (the site crawl).</summary>
public sealed class DemoBrowserAppFactory : BrowserAppFactory
{
    protected override bool SeedDemoFiles => true;
}
