using Jobportunities.Core.Trajectories;

namespace Jobportunities.UnitTests.Trajectories;

/// <summary>Withdrawing a plan item added by mistake (ADR 0025): any status, once, with a reason; out of the cost.</summary>
public sealed class WithdrawRuleTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly DateTime Now = new(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc);

    private static PlanInstrument Item() => new(1, 1, 1, new PlanInstrumentInput("Taalhuis Emmen", Day, Day.AddDays(60), 1200m));

    [Fact]
    public void Withdraw_KeepsReasonWhoAndWhen()
    {
        var item = Item();

        Assert.True(item.Withdraw("  Per vergissing toegevoegd ", "coach-1", Now));

        Assert.Equal(InstrumentStatus.Withdrawn, item.Status);
        Assert.True(item.IsWithdrawn);
        Assert.Equal("Per vergissing toegevoegd", item.WithdrawReason);
        Assert.Equal("coach-1", item.WithdrawnByUserId);
        Assert.Equal(Now, item.WithdrawnUtc);
    }

    [Fact]
    public void WithdrawingTwice_ChangesNothing()
    {
        var item = Item();
        item.Withdraw("Eerste", "coach-1", Now);
        var version = item.Version;

        Assert.False(item.Withdraw("Tweede", "coach-2", Now.AddDays(1)));

        Assert.Equal(("Eerste", "coach-1", Now, version), (item.WithdrawReason, item.WithdrawnByUserId, item.WithdrawnUtc!.Value, item.Version));
    }

    [Fact]
    public void Withdraw_NeedsAReason()
    {
        Assert.Throws<ArgumentException>(() => Item().Withdraw(" ", "coach-1", Now));
    }

    [Fact]
    public void AFinishedItem_CanBeWithdrawnToo_ButAWithdrawnOneDoesNotMoveOrChange()
    {
        var item = Item();
        item.MoveTo(InstrumentStatus.Running, Day, null);
        item.MoveTo(InstrumentStatus.Done, Day.AddDays(5), null);

        Assert.True(item.Withdraw("Hoorde bij een ander dossier", "coach-1", Now));

        Assert.True(InstrumentStatusRules.IsFinal(InstrumentStatus.Withdrawn));
        Assert.Equal(InstrumentStatusRules.NotAllowed, item.MoveTo(InstrumentStatus.Stopped, Day.AddDays(6), "te laat"));
        Assert.Throws<InvalidOperationException>(() => item.Update(new PlanInstrumentInput(null, null, null, 10m)));
        Assert.DoesNotContain(InstrumentStatus.Withdrawn, InstrumentStatusRules.NextStatuses(InstrumentStatus.Planned));
    }

    [Fact]
    public void AWithdrawnItem_CostsNothing()
    {
        var cost = PlanCost.Compute([new(InstrumentStatus.Planned, null, 2500m), new(InstrumentStatus.Withdrawn, Day, 1200m)], []);

        Assert.Equal(2500m, cost.Total);
        Assert.False(PlanCost.Counts(InstrumentStatus.Withdrawn, Day));
    }

    [Theory]
    [InlineData(EnrolmentStatus.Planned, true)]
    [InlineData(EnrolmentStatus.Started, true)]
    [InlineData(EnrolmentStatus.Completed, true)]
    [InlineData(EnrolmentStatus.DroppedOut, false)]
    public void TheEnrolmentOfAWithdrawnItem_Ends_AndSaysWhetherItHeldASeat(EnrolmentStatus status, bool heldSeat)
    {
        var enrolment = new Enrolment(1, 1, 1, "coach-1", Now);
        if (status is EnrolmentStatus.Started or EnrolmentStatus.Completed)
        {
            enrolment.MoveTo(EnrolmentStatus.Started, false, null);
        }

        if (status == EnrolmentStatus.Completed)
        {
            enrolment.MoveTo(EnrolmentStatus.Completed, true, null);
        }

        if (status == EnrolmentStatus.DroppedOut)
        {
            enrolment.MoveTo(EnrolmentStatus.DroppedOut, false, "Ziek");
        }

        Assert.Equal(heldSeat, enrolment.WithdrawWithItem("Per vergissing"));
        Assert.Equal(EnrolmentStatus.DroppedOut, enrolment.Status);
    }
}
