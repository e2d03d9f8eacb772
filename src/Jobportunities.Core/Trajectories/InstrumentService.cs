using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Trajectories;

public sealed record InstrumentSettings(InstrumentTexts Texts, string? DefaultProvider, decimal DefaultCost);

/// <summary>The instrument catalogue, kept by leads and administrators (the policy guards it in the web layer).</summary>
public sealed class InstrumentService(AppDbContext db)
{
    public async Task<IReadOnlyList<Instrument>> ListAsync(bool activeOnly = false, CancellationToken ct = default) =>
        await db.Instruments.AsNoTracking().Where(i => !activeOnly || i.IsActive).OrderBy(i => i.NameNl).ToListAsync(ct);

    public Task<Instrument?> FindAsync(int id, CancellationToken ct = default) =>
        db.Instruments.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);

    public async Task<Result<int>> CreateAsync(string code, InstrumentKind kind, InstrumentSettings settings, CancellationToken ct = default)
    {
        var normalised = code.Trim().ToLowerInvariant();
        if (!Instrument.IsValidCode(normalised))
        {
            return Result<int>.Invalid("InvalidCode");
        }

        if (await db.Instruments.AnyAsync(i => i.Code == normalised, ct))
        {
            return Result<int>.Invalid("DuplicateCode");
        }

        var instrument = new Instrument(normalised, kind, settings.Texts, settings.DefaultProvider, settings.DefaultCost);
        db.Instruments.Add(instrument);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Result<int>.Invalid("DuplicateCode");
        }

        return Result<int>.Ok(instrument.Id);
    }

    public async Task<Result<Instrument>> UpdateAsync(int id, Guid version, InstrumentSettings settings, CancellationToken ct = default)
    {
        var instrument = await db.Instruments.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (instrument is null)
        {
            return Result<Instrument>.NotFound();
        }

        if (instrument.Version != version)
        {
            return Result<Instrument>.Conflict(instrument);
        }

        instrument.Update(settings.Texts, settings.DefaultProvider, settings.DefaultCost);
        return await SaveAsync(instrument, ct);
    }

    /// <summary>Deactivated instruments stay on the plans that have them but are no longer offered.</summary>
    public async Task<Result<Instrument>> SetActiveAsync(int id, bool active, CancellationToken ct = default)
    {
        var instrument = await db.Instruments.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (instrument is null)
        {
            return Result<Instrument>.NotFound();
        }

        if (active)
        {
            instrument.Activate();
        }
        else
        {
            instrument.Deactivate();
        }

        return await SaveAsync(instrument, ct);
    }

    private async Task<Result<Instrument>> SaveAsync(Instrument instrument, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Instrument>.Ok(instrument);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<Instrument>.Conflict((await db.Instruments.AsNoTracking().FirstAsync(i => i.Id == instrument.Id, ct))!);
        }
    }
}
