using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Trajectories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.UnitTests.Trajectories;

/// <summary>The seat rule in the entity, and the same rule as the database applies it (conditional UPDATE).</summary>
public sealed class SeatCapacityTests : IDisposable
{
    private static readonly DateOnly Start = new(2026, 4, 1);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"jp-seats-{Guid.NewGuid():N}.db");

    private static CourseRun Run(int seats) =>
        new TrainingProvider("Drenthe College", "NL", "Emmen", "7811 KL")
            .AddCourse(new CourseDetails("Logistiek medewerker", Sector.TransportLogistics, 2, "nl", "7811 KL", "Emmen", 2200m, 30, null))
            .AddRun(Start, seats);

    [Fact]
    public void ARun_TakesSeatsUntilFull_ThenRefuses()
    {
        var run = Run(2);
        Assert.True(run.TryTakeSeat());
        Assert.True(run.TryTakeSeat());
        Assert.True(run.IsFull);
        Assert.Equal(0, run.FreeSeats);
        Assert.False(run.TryTakeSeat());
        Assert.Equal(2, run.SeatsTaken);
    }

    [Fact]
    public void ReleasingASeat_MakesRoomAgain_AndNeverGoesBelowZero()
    {
        var run = Run(1);
        run.TryTakeSeat();
        run.ReleaseSeat();
        Assert.Equal(1, run.FreeSeats);
        run.ReleaseSeat();
        Assert.Equal(0, run.SeatsTaken);
    }

    [Fact]
    public void Capacity_CannotDropBelowTheSeatsTaken()
    {
        var run = Run(3);
        run.TryTakeSeat();
        run.TryTakeSeat();
        Assert.False(run.TryChangeSeats(1));
        Assert.True(run.TryChangeSeats(2));
        Assert.True(run.IsFull);
        Assert.False(run.TryChangeSeats(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(0));
    }

    [Fact]
    public async Task TheDatabase_TakesSeatsOnlyWhileOneIsFree()
    {
        await using var db = await DatabaseAsync();
        var runId = await SeedRunAsync(db, seats: 2);

        Assert.True(await CourseSeats.TryTakeAsync(db, runId));
        Assert.True(await CourseSeats.TryTakeAsync(db, runId));
        Assert.False(await CourseSeats.TryTakeAsync(db, runId));
        Assert.Equal(2, await db.CourseRuns.Where(r => r.Id == runId).Select(r => r.SeatsTaken).SingleAsync());

        Assert.False(await CourseSeats.TryChangeSeatsAsync(db, runId, 1));
        Assert.True(await CourseSeats.ReleaseAsync(db, runId));
        Assert.True(await CourseSeats.TryChangeSeatsAsync(db, runId, 1));
        Assert.False(await CourseSeats.TryTakeAsync(db, runId));
    }

    [Fact]
    public async Task ManyConnectionsAtOnce_NeverOverbook()
    {
        int runId;
        await using (var db = await DatabaseAsync())
        {
            runId = await SeedRunAsync(db, seats: 3);
        }

        // Twelve coaches at the same moment, each on their own connection and transaction.
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(async () =>
        {
            await using var db = Context();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var taken = await CourseSeats.TryTakeAsync(db, runId);
            await Task.Delay(5);
            await transaction.CommitAsync();
            return taken;
        })));

        Assert.Equal(3, results.Count(taken => taken));
        await using var check = Context();
        Assert.Equal(3, await check.CourseRuns.Where(r => r.Id == runId).Select(r => r.SeatsTaken).SingleAsync());
    }

    private AppDbContext Context() =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={_file};Pooling=False;Default Timeout=30").Options);

    private async Task<AppDbContext> DatabaseAsync()
    {
        var db = Context();
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    private static async Task<int> SeedRunAsync(AppDbContext db, int seats)
    {
        var provider = new TrainingProvider("Alfa-college Hoogeveen", "NL", "Hoogeveen", "7906 AA");
        var run = provider.AddCourse(new CourseDetails("Heftruckchauffeur", Sector.TransportLogistics, 1, "nl", "7906 AA", null, 450m, 1, null)).AddRun(Start, seats);
        db.TrainingProviders.Add(provider);
        await db.SaveChangesAsync();
        return run.Id;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (File.Exists(_file))
        {
            File.Delete(_file);
        }
    }
}
