using System.Collections.Concurrent;
using Jobportunities.Core.Audit;
using Jobportunities.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Security;

/// <summary>
/// One app over one database with the full demo data (participants in every phase, plans,
/// employers, events, placements), so every route id can come from a real record. It records
/// which entities each request writes, so a refused POST can be shown to have written nothing.
/// </summary>
public sealed class MatrixFactory : AppFactory
{
    public WriteRecorder Writes { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:SeedDemoParticipants", "true");
        builder.UseSetting("Database:SeedDemoEmployers", "true");
        builder.ConfigureServices(services => services.ConfigureDbContext<Core.Data.AppDbContext>(o => o.AddInterceptors(Writes)));
    }
}

/// <summary>The entity types a SaveChanges added, changed or deleted, audit entries and keys left out.</summary>
public sealed class WriteRecorder : SaveChangesInterceptor
{
    private readonly ConcurrentQueue<string> _writes = new();

    public bool Enabled { get; set; }

    public IReadOnlyList<string> Take()
    {
        var list = new List<string>();
        while (_writes.TryDequeue(out var item))
        {
            list.Add(item);
        }

        return list;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Enabled && eventData.Context is { } context)
        {
            foreach (var entry in context.ChangeTracker.Entries())
            {
                if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                    && entry.Entity is not AuditEntry
                    && entry.Entity.GetType().Name is not "DataProtectionKey")
                {
                    _writes.Enqueue($"{entry.State} {entry.Entity.GetType().Name}");
                }
            }
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
