using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Reporting;

/// <summary>The app with the demo data and the known reporting set (<see cref="ReportingSeed"/>), seeded once per test class.</summary>
public sealed class ReportingAppFactory : AppFactory, IAsyncLifetime
{
    public ReportingSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var coach = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Coach);
        var lead = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Lead);
        Seed = new ReportingSeed(db, Clock.Today(), coach.Id, lead.Id);
        await Seed.SeedAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
