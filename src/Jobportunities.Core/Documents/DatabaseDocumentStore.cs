using Jobportunities.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Documents;

/// <summary>The bytes in the DocumentContents table, in the app's own database (SQLite and SQL Server alike).</summary>
public sealed class DatabaseDocumentStore(AppDbContext db) : IDocumentStore
{
    public async Task SaveAsync(Guid key, byte[] content, CancellationToken ct = default)
    {
        var row = new DocumentContent(key, content);
        db.DocumentContents.Add(row);
        await db.SaveChangesAsync(ct);
        // The bytes are not kept in the unit of work once written.
        db.Entry(row).State = EntityState.Detached;
    }

    public async Task<Stream?> OpenAsync(Guid key, CancellationToken ct = default)
    {
        var bytes = await db.DocumentContents.AsNoTracking().Where(c => c.Key == key).Select(c => c.Bytes).FirstOrDefaultAsync(ct);
        return bytes is null ? null : new MemoryStream(bytes, writable: false);
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct = default)
    {
        if (keys.Count > 0)
        {
            await db.DocumentContents.Where(c => keys.Contains(c.Key)).ExecuteDeleteAsync(ct);
        }
    }
}
