using Jobportunities.Core.Data;
using Jobportunities.Core.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Web.Demo;

/// <summary>
/// Puts the standard instrument catalogue in an empty table, in every environment: it is
/// reference data a fresh production install needs, not demo data. Once the table has any
/// instrument, the catalogue belongs to its leads and administrators and is left alone.
/// </summary>
public sealed class InstrumentCatalogueSeeder(AppDbContext db, ILogger<InstrumentCatalogueSeeder> logger)
{
    public async Task SeedAsync()
    {
        if (await db.Instruments.AnyAsync())
        {
            return;
        }

        db.Instruments.AddRange(StandardInstruments.Create());
        try
        {
            await db.SaveChangesAsync();
            logger.LogInformation("Standard instrument catalogue seeded");
        }
        catch (DbUpdateException)
        {
            // Two instances starting at once: the unique code lets one win, and that is fine.
            db.ChangeTracker.Clear();
            if (!await db.Instruments.AnyAsync())
            {
                throw;
            }
        }
    }
}
