using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Reporting;
using Jobportunities.Core.Trajectories;

namespace Jobportunities.UnitTests.Reporting;

/// <summary>The ESF+ status upon leaving is what holds on the 28th day after the exit; six months after is the day six months on.</summary>
public sealed class LeavingStatusRuleTests : IDisposable
{
    private static readonly DateOnly Exit = new(2030, 3, 10);
    private readonly ReportingTestDb _t = new();

    private async Task<Participant> LeaverAsync(string name, ExitReason reason = ExitReason.FoundWork)
    {
        var participant = await _t.ParticipantAsync(name, "Leaver", new DateOnly(1980, 1, 1), new DateOnly(2029, 6, 1));
        await _t.ExitAsync(participant, Exit, reason);
        return participant;
    }

    [Fact]
    public void StatusDay_Is28DaysAfterTheExit_AndSixMonthsIsCalendarMonths()
    {
        Assert.Equal(new DateOnly(2030, 4, 7), LeavingStatusRule.StatusDay(Exit));
        Assert.Equal(new DateOnly(2031, 2, 28), LeavingStatusRule.SixMonthDay(new DateOnly(2030, 8, 31)));
    }

    [Fact]
    public async Task AJobStartingOnDay28_Counts_OnDay29_DoesNot()
    {
        await _t.PlacementAsync(await LeaverAsync("Day28"), PlacementKind.Job, Exit.AddDays(28));
        await _t.PlacementAsync(await LeaverAsync("Day29"), PlacementKind.Job, Exit.AddDays(29));

        var leaving = (await _t.EsfAsync()).Leaving;

        Assert.Equal(2, leaving.Leavers);
        Assert.Equal(1, leaving.InEmployment);
    }

    [Fact]
    public async Task AJobThatEndsWithinThe28Days_DoesNotCount_TheLastStatusDoes()
    {
        var ended = await LeaverAsync("Ended");
        await _t.PlacementAsync(ended, PlacementKind.Job, Exit.AddDays(-60), Exit.AddDays(27));
        var lasted = await LeaverAsync("Lasted");
        await _t.PlacementAsync(lasted, PlacementKind.Job, Exit.AddDays(-60), Exit.AddDays(28));
        var switched = await LeaverAsync("Switched");
        await _t.PlacementAsync(switched, PlacementKind.Job, Exit.AddDays(-60), Exit.AddDays(10));
        await _t.TrainingAsync(switched, Exit.AddDays(12));

        var leaving = (await _t.EsfAsync()).Leaving;

        Assert.Equal(1, leaving.InEmployment);
        Assert.Equal(1, leaving.InEducationOrTraining);
        Assert.Equal(1, leaving.JobSearching);
    }

    [Fact]
    public async Task JobSearching_IsNeitherWorkNorLearning_AndAReasonThatStillLooksForWork()
    {
        await LeaverAsync("Looking", ExitReason.OtherProgramme);
        await LeaverAsync("Ill", ExitReason.Health);
        var working = await LeaverAsync("Working", ExitReason.FoundWork);
        await _t.PlacementAsync(working, PlacementKind.SelfEmployment, Exit.AddDays(3));

        var leaving = (await _t.EsfAsync()).Leaving;

        Assert.Equal(3, leaving.Leavers);
        Assert.Equal(1, leaving.JobSearching);
        Assert.Equal(1, leaving.InEmployment);
    }

    [Fact]
    public async Task AQualification_CountsWhenIssuedOrCompletedByDay28()
    {
        var certified = await LeaverAsync("Certified");
        var wagon = await _t.TrainingAsync(certified, Exit.AddDays(-90), Exit.AddDays(-5));
        _t.Db.WorkBasedLearningCertificates.Add(new WorkBasedLearningCertificate(certified.Id, wagon.Id,
            new CertificateInput("Medewerker logistiek", Exit.AddDays(28), "Leerbedrijf"), _t.Coach.Id, _t.Clock.GetUtcNow().UtcDateTime));
        var late = await LeaverAsync("Late");
        var lateWagon = await _t.TrainingAsync(late, Exit.AddDays(-90), Exit.AddDays(-5));
        _t.Db.WorkBasedLearningCertificates.Add(new WorkBasedLearningCertificate(late.Id, lateWagon.Id,
            new CertificateInput("Medewerker logistiek", Exit.AddDays(29), "Leerbedrijf"), _t.Coach.Id, _t.Clock.GetUtcNow().UtcDateTime));
        await _t.Db.SaveChangesAsync();

        var leaving = (await _t.EsfAsync()).Leaving;

        Assert.Equal(1, leaving.GainedQualification);
        Assert.Equal(0, leaving.InEducationOrTraining);
    }

    [Fact]
    public async Task SixMonthsAfterLeaving_CountsOnlyLeaversWhoseSixMonthsHavePassed()
    {
        var exit = new DateOnly(2029, 10, 1);
        var stayed = await _t.ParticipantAsync("Stayed", "Leaver", new DateOnly(1980, 1, 1), new DateOnly(2029, 6, 1));
        await _t.ExitAsync(stayed, exit);
        await _t.PlacementAsync(stayed, PlacementKind.Job, exit.AddDays(-10));
        var stopped = await _t.ParticipantAsync("Stopped", "Leaver", new DateOnly(1980, 1, 1), new DateOnly(2029, 6, 1));
        await _t.ExitAsync(stopped, exit);
        await _t.PlacementAsync(stopped, PlacementKind.Job, exit.AddDays(-10), exit.AddMonths(6).AddDays(-1));
        var recent = await _t.ParticipantAsync("Recent", "Leaver", new DateOnly(1980, 1, 1), new DateOnly(2029, 6, 1));
        await _t.ExitAsync(recent, new DateOnly(2030, 6, 1));
        await _t.PlacementAsync(recent, PlacementKind.Job, new DateOnly(2030, 5, 1));

        var report = await _t.EsfAsync(_t.Scope.Period);

        Assert.Equal(3, report.Leaving.Leavers);
        Assert.Equal(3, report.Leaving.InEmployment);
        Assert.Equal(2, report.SixMonths.Measurable);
        Assert.Equal(1, report.SixMonths.InEmployment);
    }

    public void Dispose() => _t.Dispose();
}
