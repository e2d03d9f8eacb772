using Jobportunities.Core.Common;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.UnitTests.Reporting;

/// <summary>The signals of one person on their file say the same as the signals page over the caseload.</summary>
public sealed class ParticipantSignalsTests : IDisposable
{
    private readonly ReportingTestDb _t = new();

    private DateOnly Today => _t.Clock.Today();

    private async Task<Participant> WithCheckAsync(string name, DateOnly entry, DateOnly due)
    {
        var p = await _t.ParticipantAsync(name, "Check", new DateOnly(1990, 1, 1), entry);
        await _t.PlacementAsync(p, PlacementKind.Job, due.AddMonths(-6));
        var placement = await _t.Db.Placements.SingleAsync(x => x.ParticipantId == p.Id);
        _t.Db.DurableChecks.Add(new DurableCheck(p.Id, placement.Id, due));
        await _t.Db.SaveChangesAsync();
        return p;
    }

    [Fact]
    public async Task For_AgreesWithTheSignalsPage_ForEveryPersonOfTheCaseload()
    {
        var fresh = await _t.ParticipantAsync("Fresh", "Start", new DateOnly(1990, 1, 1), Today.AddDays(-14));
        var silent = await _t.ParticipantAsync("Silent", "Long", new DateOnly(1990, 1, 1), Today.AddDays(-SignalService.NoContactDays - 1));
        var exited = await _t.ParticipantAsync("Gone", "Exit", new DateOnly(1990, 1, 1), Today.AddDays(-200));
        await _t.ExitAsync(exited, Today.AddDays(-100));
        var overdue = await WithCheckAsync("Overdue", Today.AddDays(-10), Today.AddDays(-DurableCheckCalculator.OverdueAfterDays - 1));
        var passed = await WithCheckAsync("Passed", Today.AddDays(-10), Today.AddDays(-3));
        var ahead = await WithCheckAsync("Ahead", Today.AddDays(-10), Today.AddDays(20));

        var page = await new SignalService(_t.Db, new ParticipantAccess(_t.Db, _t.Clock), _t.Clock)
            .ListAsync(new StaffUser(_t.Coach.Id, new HashSet<string> { Roles.Coach }));
        var expected = new Dictionary<int, SignalKind[]>
        {
            [fresh.Id] = [],
            [silent.Id] = [SignalKind.NoRecentContact],
            [exited.Id] = [],
            [overdue.Id] = [SignalKind.CheckOverdue],
            [passed.Id] = [SignalKind.PlacementWithoutEvidence],
            [ahead.Id] = [],
        };
        foreach (var (id, kinds) in expected)
        {
            var person = await _t.Db.Participants.AsNoTracking().SingleAsync(p => p.Id == id);
            var checks = await _t.Db.DurableChecks.AsNoTracking().Where(c => c.ParticipantId == id).ToListAsync();
            var onFile = ParticipantSignals.For(person, checks, Today);
            var onPage = page.Where(g => g.Rows.Any(r => r.ParticipantId == id)).Select(g => g.Kind);

            Assert.Equal(kinds, onFile);
            Assert.Equal(onPage.Order(), onFile.Order());
        }
    }

    public void Dispose() => _t.Dispose();
}
