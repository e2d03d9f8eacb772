using Jobportunities.Core.Data;
using Jobportunities.Web.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Web.Infrastructure;

internal static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "Jobportunities.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Jobportunities.Migrations.SqlServer";

    /// <summary>
    /// One model, two providers: Database:Provider = Sqlite (default) or SqlServer, each with its
    /// own migrations assembly (docs/adr/0001-migrations-per-provider.md).
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        services.AddDbContext<AppDbContext>(options =>
        {
            if (string.Equals(provider, "SqlServer", StringComparison.OrdinalIgnoreCase))
            {
                options.UseSqlServer(
                    configuration.GetConnectionString("SqlServer"),
                    o => o.MigrationsAssembly(SqlServerMigrationsAssembly));
            }
            else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                var connectionString = configuration.GetConnectionString("Sqlite") ?? "Data Source=App_Data/jobportunities.db";
                EnsureDirectory(connectionString);
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                options.AddInterceptors(SqliteConnectionSettings.Instance);
            }
            else
            {
                throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use Sqlite or SqlServer.");
            }
        });
        if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddHostedService<SqliteCheckpoints>(); // ADR 0034
        }

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        return services;
    }

    /// <summary>Migrates (Database:Migrate, default on) and seeds demo data (Database:SeedDemoData, default in Development).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var config = app.Configuration;
        var seedDemoData = config.GetValue("Database:SeedDemoData", app.Environment.IsDevelopment());
        EnsureDemoDataAllowed(app.Environment, seedDemoData);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (config.GetValue("Database:Migrate", true))
        {
            await db.Database.MigrateAsync();
        }

        await SqliteConnectionSettings.UseWriteAheadLogAsync(db);

        await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync();
        await scope.ServiceProvider.GetRequiredService<InstrumentCatalogueSeeder>().SeedAsync();
        if (seedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }

        await Core.Reporting.ExitTargetDays.FillMissingAsync(db);
        // After the demo data, so its old free-text agreements are linked like an installation's.
        await scope.ServiceProvider.GetRequiredService<Core.Trajectories.EmployerAgreementLink>().LinkAsync();
    }

    /// <summary>
    /// Demo data has a published password and guessable API keys, so it is refused outside
    /// Development. "Testing" is the environment of the test hosts: a throw-away in-memory
    /// database in a test process, never an installation that people use.
    /// </summary>
    public static void EnsureDemoDataAllowed(IHostEnvironment environment, bool seedDemoData)
    {
        if (seedDemoData && !environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                $"Database:SeedDemoData=true is refused in the environment '{environment.EnvironmentName}': demo accounts have a " +
                "published password and the demo API keys are guessable. Remove the setting; create the first administrator with " +
                "'create-admin --email <address>' (README, Installing for real).");
        }
    }

    private static void EnsureDirectory(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
