using Jobportunities.Core.Identity;
using Jobportunities.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Account;

/// <summary>Security:RequireTwoFactor on, as in Production.</summary>
public sealed class TwoFactorAppFactory : AppFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Security:RequireTwoFactor", "true");
}

/// <summary>Starts like a fresh installation: migrations, roles and catalogue, no demo data.</summary>
public sealed class EmptyDatabaseAppFactory : AppFactory
{
    protected override bool SeedDemoData => false;
}

/// <summary>The test host over a database file made elsewhere (by the create-admin process).</summary>
public sealed class ExistingDatabaseAppFactory(string file) : AppFactory
{
    protected override bool SeedDemoData => false;

    protected override string? DatabaseFile => file;
}

/// <summary>Production with Database:SeedDemoData=true: must refuse to start.</summary>
public sealed class ProductionDemoSeedAppFactory : AppFactory
{
    protected override string EnvironmentName => "Production";
}

/// <summary>Low sign-in limits: 3 per address per minute, or 3 per account per 15 minutes.</summary>
public sealed class LoginLimitAppFactory(bool perAccount) : AppFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.UseSetting(perAccount ? "RateLimiting:LoginPerAccountPer15Minutes" : "RateLimiting:LoginPerMinute", "3");
}

/// <summary>Reset links that expire after one second, so a test can see one expire.</summary>
public sealed class ShortLinkAppFactory : AppFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.ConfigureServices(s => s.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromSeconds(1)));
}

public static class AccountTestData
{
    public const string Password = "een lange zin als wachtwoord";

    /// <summary>A staff account of its own for one test, so enrolments and lockouts disturb no other test.</summary>
    public static async Task<string> StaffAsync(this AppFactory factory, string role, string? email = null)
    {
        email ??= $"staff.{Guid.NewGuid():N}@jobportunities.test";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + role, CreatedUtc = factory.Clock.GetUtcNow().UtcDateTime };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        return email;
    }
}
