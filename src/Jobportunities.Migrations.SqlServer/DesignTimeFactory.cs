using Jobportunities.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jobportunities.Migrations.SqlServer;

/// <summary>
/// Lets the ef tool build the model for SQL Server without starting the web host. The connection
/// string is never opened by `migrations add` or `migrations script`; bundles take --connection.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlServer(
                "Server=(localdb)\\mssqllocaldb;Database=Jobportunities;Trusted_Connection=True",
                o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
