using Jobportunities.Core.Trajectories;

namespace Jobportunities.UnitTests.Trajectories;

public sealed class InstrumentStatusTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static PlanInstrument Wagon() => new(1, 1, 1, new PlanInstrumentInput("Taalhuis Emmen", Day, Day.AddDays(60), 1200m));

    [Theory]
    [InlineData(InstrumentStatus.Planned, InstrumentStatus.Running)]
    [InlineData(InstrumentStatus.Running, InstrumentStatus.Done)]
    [InlineData(InstrumentStatus.Planned, InstrumentStatus.Stopped)]
    [InlineData(InstrumentStatus.Running, InstrumentStatus.Stopped)]
    public void AllowedMoves(InstrumentStatus from, InstrumentStatus to) => Assert.True(InstrumentStatusRules.CanMove(from, to));

    [Theory]
    [InlineData(InstrumentStatus.Planned, InstrumentStatus.Done)]
    [InlineData(InstrumentStatus.Planned, InstrumentStatus.Planned)]
    [InlineData(InstrumentStatus.Running, InstrumentStatus.Planned)]
    [InlineData(InstrumentStatus.Done, InstrumentStatus.Running)]
    [InlineData(InstrumentStatus.Done, InstrumentStatus.Stopped)]
    [InlineData(InstrumentStatus.Stopped, InstrumentStatus.Running)]
    [InlineData(InstrumentStatus.Stopped, InstrumentStatus.Planned)]
    public void RefusedMoves(InstrumentStatus from, InstrumentStatus to) => Assert.False(InstrumentStatusRules.CanMove(from, to));

    [Fact]
    public void DoneAndStopped_AreFinal()
    {
        Assert.True(InstrumentStatusRules.IsFinal(InstrumentStatus.Done));
        Assert.True(InstrumentStatusRules.IsFinal(InstrumentStatus.Stopped));
        Assert.False(InstrumentStatusRules.IsFinal(InstrumentStatus.Planned));
        Assert.False(InstrumentStatusRules.IsFinal(InstrumentStatus.Running));
        Assert.Empty(InstrumentStatusRules.NextStatuses(InstrumentStatus.Done));
    }

    [Fact]
    public void PlannedRunningDone_SetsTheActualDates()
    {
        var wagon = Wagon();
        Assert.Null(wagon.MoveTo(InstrumentStatus.Running, Day.AddDays(3), null));
        Assert.Null(wagon.MoveTo(InstrumentStatus.Done, Day.AddDays(40), null));

        Assert.Equal(InstrumentStatus.Done, wagon.Status);
        Assert.Equal(Day.AddDays(3), wagon.ActualStart);
        Assert.Equal(Day.AddDays(40), wagon.ActualEnd);
    }

    [Fact]
    public void Stopping_NeedsAReason_AndKeepsIt()
    {
        var wagon = Wagon();
        Assert.Equal(InstrumentStatusRules.ReasonRequired, wagon.MoveTo(InstrumentStatus.Stopped, Day, "  "));
        Assert.Equal(InstrumentStatus.Planned, wagon.Status);

        Assert.Null(wagon.MoveTo(InstrumentStatus.Stopped, Day, " Volgt al een cursus "));
        Assert.Equal(InstrumentStatus.Stopped, wagon.Status);
        Assert.Equal("Volgt al een cursus", wagon.StopReason);
        Assert.Null(wagon.ActualStart);
        Assert.Null(wagon.ActualEnd);
    }

    [Fact]
    public void StoppedWhileRunning_HasAnActualEnd()
    {
        var wagon = Wagon();
        wagon.MoveTo(InstrumentStatus.Running, Day, null);
        Assert.Null(wagon.MoveTo(InstrumentStatus.Stopped, Day.AddDays(10), "Ziek"));
        Assert.Equal(Day.AddDays(10), wagon.ActualEnd);
    }

    [Fact]
    public void AFinalWagon_DoesNotMoveAgain()
    {
        var wagon = Wagon();
        wagon.MoveTo(InstrumentStatus.Running, Day, null);
        wagon.MoveTo(InstrumentStatus.Done, Day.AddDays(5), null);

        Assert.Equal(InstrumentStatusRules.NotAllowed, wagon.MoveTo(InstrumentStatus.Stopped, Day.AddDays(6), "te laat"));
        Assert.Equal(InstrumentStatusRules.NotAllowed, wagon.MoveTo(InstrumentStatus.Running, Day.AddDays(6), null));
        Assert.Equal(InstrumentStatus.Done, wagon.Status);
    }

    [Fact]
    public void DoneBeforeTheActualStart_IsRefused()
    {
        var wagon = Wagon();
        wagon.MoveTo(InstrumentStatus.Running, Day, null);
        Assert.Equal(InstrumentStatusRules.DateBeforeStart, wagon.MoveTo(InstrumentStatus.Done, Day.AddDays(-1), null));
        Assert.Equal(InstrumentStatus.Running, wagon.Status);
    }

    [Fact]
    public void AStatusChange_GivesANewVersion()
    {
        var wagon = Wagon();
        var before = wagon.Version;
        wagon.MoveTo(InstrumentStatus.Running, Day, null);
        Assert.NotEqual(before, wagon.Version);
    }

    [Theory]
    [InlineData(EnrolmentStatus.Planned, EnrolmentStatus.Started, true)]
    [InlineData(EnrolmentStatus.Started, EnrolmentStatus.Completed, true)]
    [InlineData(EnrolmentStatus.Planned, EnrolmentStatus.DroppedOut, true)]
    [InlineData(EnrolmentStatus.Started, EnrolmentStatus.DroppedOut, true)]
    [InlineData(EnrolmentStatus.Planned, EnrolmentStatus.Completed, false)]
    [InlineData(EnrolmentStatus.Completed, EnrolmentStatus.DroppedOut, false)]
    [InlineData(EnrolmentStatus.DroppedOut, EnrolmentStatus.Started, false)]
    public void EnrolmentMoves(EnrolmentStatus from, EnrolmentStatus to, bool allowed) => Assert.Equal(allowed, EnrolmentStatusRules.CanMove(from, to));

    [Fact]
    public void DroppingOut_FreesTheSeat_OnlyBeforeTheStart()
    {
        Assert.True(EnrolmentStatusRules.FreesSeat(EnrolmentStatus.Planned, EnrolmentStatus.DroppedOut));
        Assert.False(EnrolmentStatusRules.FreesSeat(EnrolmentStatus.Started, EnrolmentStatus.DroppedOut));
        Assert.False(EnrolmentStatusRules.FreesSeat(EnrolmentStatus.Started, EnrolmentStatus.Completed));
    }

    [Fact]
    public void Enrolment_CompletedWithDiploma_DroppedOutWithReason()
    {
        var completed = new Enrolment(1, 1, 1, "coach", TestClock.StartUtc);
        Assert.Null(completed.MoveTo(EnrolmentStatus.Started, false, null));
        Assert.Null(completed.MoveTo(EnrolmentStatus.Completed, true, null));
        Assert.True(completed.WithDiploma);

        var dropped = new Enrolment(1, 2, 2, "coach", TestClock.StartUtc);
        Assert.Equal(InstrumentStatusRules.ReasonRequired, dropped.MoveTo(EnrolmentStatus.DroppedOut, false, null));
        Assert.Null(dropped.MoveTo(EnrolmentStatus.DroppedOut, false, "Verhuisd"));
        Assert.Equal("Verhuisd", dropped.DropOutReason);
        Assert.Null(dropped.WithDiploma);
        Assert.Equal(InstrumentStatus.Stopped, EnrolmentStatusRules.InstrumentStatusOf(dropped.Status));
    }
}
