using Jobportunities.Core.Data;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Jobportunities.IntegrationTests.Infrastructure;

/// <summary>
/// The app over one open in-memory SQLite connection with the real migrations applied and the
/// demo data seeded (environment "Testing": friendly error pages, no demo logins on the page).
/// Each test class gets its own factory and so its own database.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    /// <summary>The app's clock: starts at <see cref="TestClock.Start"/>; moves only when a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(TestClock.Start);

    /// <summary>The SQL commands of each request that carries <see cref="CommandCounter.Header"/>.</summary>
    public CommandCounter Commands { get; } = new();

    protected virtual string EnvironmentName => "Testing";

    protected virtual int RateLimitPerMinute => 10_000;

    /// <summary>The demo data; off for a factory that starts like a fresh installation.</summary>
    protected virtual bool SeedDemoData => true;

    /// <summary>A database file instead of the in-memory connection (e.g. one made by the create-admin process).</summary>
    protected virtual string? DatabaseFile => UseDatabaseFile ? _file : null;

    /// <summary>Mails about accounts (reset and invitation links), recorded for the tests to read.</summary>
    public RecordingAccountMailer AccountMails { get; } = new();

    /// <summary>The candidates' confirmation mails, recorded for the tests to read.</summary>
    public RecordingConfirmationMailer ConfirmationMails { get; } = new();

    /// <summary>Further settings of a derived factory, e.g. Security:RequireTwoFactor or low login limits.</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    protected virtual int ApiRateLimitPerMinute => 10_000;

    /// <summary>
    /// One shared in-memory connection cannot serve two requests at the same moment; tests of
    /// concurrent requests use a temporary database file with a connection per request instead.
    /// </summary>
    protected virtual bool UseDatabaseFile => false;

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"jobportunities-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _connection.Open();
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:SeedDemoData", SeedDemoData ? "true" : "false");
        builder.UseSetting("DurableChecks:RunDailyJob", "false");
        builder.UseSetting("Logging:File:Path", "");
        builder.UseSetting("RateLimiting:PublicFormPerMinute", RateLimitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:ApiPerMinute", ApiRateLimitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:LoginPerMinute", "100000");
        builder.UseSetting("RateLimiting:LoginPerAccountPer15Minutes", "100000");
        ConfigureSettings(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<DbContextOptions<AppDbContext>>();
            services.RemoveAll<IDbContextOptionsConfiguration<AppDbContext>>();
            services.AddDbContext<AppDbContext>(o =>
            {
                o.AddInterceptors(Commands);
                if (DatabaseFile is { } file)
                {
                    o.UseSqlite($"Data Source={file};Pooling=False", x => x.MigrationsAssembly("Jobportunities.Migrations.Sqlite"));
                }
                else
                {
                    o.UseSqlite(_connection, x => x.MigrationsAssembly("Jobportunities.Migrations.Sqlite"));
                }
            });
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<IAccountMailer>();
            services.AddSingleton<IAccountMailer>(AccountMails);
            services.RemoveAll<IConfirmationMailer>();
            services.AddSingleton<IConfirmationMailer>(ConfirmationMails);
        });
    }

    /// <summary>A fresh scope's DbContext, to arrange data or assert on what a request stored.</summary>
    public AsyncServiceScopeDbContext Db()
    {
        var scope = Services.CreateAsyncScope();
        return new AsyncServiceScopeDbContext(scope, scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _connection.Dispose();
            if (File.Exists(_file))
            {
                File.Delete(_file);
            }
        }
    }
}

public sealed class DatabaseFileAppFactory : AppFactory
{
    protected override bool UseDatabaseFile => true;
}

public sealed class DevelopmentAppFactory : AppFactory
{
    protected override string EnvironmentName => "Development";
}

public sealed class AsyncServiceScopeDbContext(AsyncServiceScope scope, AppDbContext context) : IAsyncDisposable
{
    public AppDbContext Context { get; } = context;

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
