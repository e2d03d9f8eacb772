using Jobportunities.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Infrastructure;

/// <summary>
/// Audit assertions look only at the rows the test itself caused: take the last row's id before
/// acting, then read the rows after it (the tests of one class run one at a time on their database).
/// </summary>
public static class AuditRows
{
    public static async Task<long> LastAuditIdAsync(this AppFactory factory)
    {
        await using var db = factory.Db();
        return await db.Context.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    public static async Task<List<AuditEntry>> AuditAfterAsync(this AppFactory factory, long lastId)
    {
        await using var db = factory.Db();
        return await db.Context.AuditEntries.AsNoTracking().Where(e => e.Id > lastId).OrderBy(e => e.Id).ToListAsync();
    }
}
