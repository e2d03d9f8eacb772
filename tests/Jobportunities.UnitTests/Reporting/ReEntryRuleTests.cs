using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.UnitTests.Reporting;

/// <summary>A person who re-enters counts once: the same name (written loosely) and birth date is one person.</summary>
public sealed class ReEntryRuleTests : IDisposable
{
    private readonly ReportingTestDb _t = new();

    [Fact]
    public async Task SameNameWrittenDifferently_AndSameBirthDate_IsOnePerson()
    {
        var first = await _t.ParticipantAsync("Anna-Marie", "de Vries", new DateOnly(1990, 5, 3), new DateOnly(2030, 1, 10));
        var again = await _t.ParticipantAsync("annamarie", "De  Vries", new DateOnly(1990, 5, 3), new DateOnly(2030, 4, 2));
        var namesake = await _t.ParticipantAsync("Anna-Marie", "de Vries", new DateOnly(1991, 5, 3), new DateOnly(2030, 2, 1));

        var participants = _t.Db.Participants.Where(p => p.ProgrammeId == _t.Programme.Id);
        var firsts = await ReEntryRule.FirstParticipationIds(participants).OrderBy(id => id).ToListAsync();
        var lasts = await ReEntryRule.LastParticipationIds(participants).OrderBy(id => id).ToListAsync();

        Assert.Equal([first.Id, namesake.Id], firsts);
        Assert.Equal([again.Id, namesake.Id], lasts);
    }

    [Fact]
    public async Task AReEntrant_CountsOnceAtEntry_WithTheFirstProfile_AndLeavesWithTheLastParticipation()
    {
        var first = await _t.ParticipantAsync("Jan", "Bakker", new DateOnly(1975, 2, 1), new DateOnly(2030, 1, 10), Gender.Male, BenefitSituation.Ww, EducationLevel.LowerSecondary);
        await _t.ExitAsync(first, new DateOnly(2030, 2, 1), ExitReason.ContactLost);
        var again = await _t.ParticipantAsync("Jan", "Bakker", new DateOnly(1975, 2, 1), new DateOnly(2030, 3, 1), Gender.Male, BenefitSituation.Bijstand, EducationLevel.Tertiary);
        await _t.PlacementAsync(again, PlacementKind.Job, new DateOnly(2030, 4, 1));
        await _t.ExitAsync(again, new DateOnly(2030, 4, 15), ExitReason.FoundWork);

        var report = await _t.EsfAsync();

        Assert.Equal(1, report.Participants);
        Assert.Equal(1, report.Education.Single(e => e.Key == IscedLevel.Isced0To2).Count);
        Assert.Equal(0, report.Education.Single(e => e.Key == IscedLevel.Isced5To8).Count);
        Assert.Equal(1, report.Benefit.Single(b => b.Key == BenefitSituation.Ww).Count);
        Assert.Equal(1, report.Leaving.Leavers);
        Assert.Equal(1, report.Leaving.InEmployment);
    }

    [Fact]
    public async Task APersonWhoCameBack_AndIsStillIn_HasNotLeft()
    {
        var first = await _t.ParticipantAsync("Piet", "Smit", new DateOnly(1970, 7, 7), new DateOnly(2030, 1, 5));
        await _t.ExitAsync(first, new DateOnly(2030, 2, 1), ExitReason.Health);
        await _t.ParticipantAsync("Piet", "Smit", new DateOnly(1970, 7, 7), new DateOnly(2030, 5, 1));

        var report = await _t.EsfAsync();

        Assert.Equal(1, report.Participants);
        Assert.Equal(0, report.Leaving.Leavers);
    }

    [Fact]
    public async Task EntryProfile_UsesAgeAtEntry_InTheEsfBands()
    {
        await _t.ParticipantAsync("Young", "A", new DateOnly(2012, 6, 16), new DateOnly(2030, 6, 15));
        await _t.ParticipantAsync("Eighteen", "B", new DateOnly(2012, 6, 15), new DateOnly(2030, 6, 15));
        await _t.ParticipantAsync("Older", "C", new DateOnly(1975, 6, 16), new DateOnly(2030, 6, 15), country: "DE");

        var report = await _t.EsfAsync();

        Assert.Equal([1, 1, 1, 0], report.AgeBand.Select(a => a.Count));
        Assert.Equal([2, 1], report.Country.Select(c => c.Count));
        Assert.Equal(3, report.LabourMarket.Single(l => l.Key == LabourMarketStatus.Inactive).Count);
    }

    public void Dispose() => _t.Dispose();
}
