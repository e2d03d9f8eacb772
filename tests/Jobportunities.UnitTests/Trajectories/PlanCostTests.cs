using Jobportunities.Core.Trajectories;

namespace Jobportunities.UnitTests.Trajectories;

public sealed class PlanCostTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static readonly CostLine[] Train =
    [
        new(InstrumentStatus.Done, Day, 1500m),
        new(InstrumentStatus.Running, Day, 1200m),
        new(InstrumentStatus.Planned, null, 2500m),
        new(InstrumentStatus.Stopped, null, 800m), // stopped before the start: nothing delivered
        new(InstrumentStatus.Stopped, Day, 450m), // stopped while running: delivered in part, paid
    ];

    [Fact]
    public void Total_IsEveryWagon_ExceptThoseStoppedBeforeTheStart()
    {
        var cost = PlanCost.Compute(Train, []);
        Assert.Equal(1500m + 1200m + 2500m + 450m, cost.Total);
    }

    [Fact]
    public void WithoutASplit_TheProgrammePaysAll()
    {
        var cost = PlanCost.Compute(Train, []);
        Assert.Equal(cost.Total, cost.ProgrammeShare);
        var only = Assert.Single(cost.ByPayer);
        Assert.Equal(PayerKind.Programme, only.Payer);
        Assert.Equal(100m, only.Percent);
    }

    [Fact]
    public void ASplit_DividesTheTotal_AndTheProgrammeShareIsItsPart()
    {
        var cost = PlanCost.Compute(Train, [new(PayerKind.Programme, null, 70m), new(PayerKind.Employer, "Zorggroep Emmen", 30m)]);

        Assert.Equal(5650m, cost.Total);
        Assert.Equal(3955m, cost.ProgrammeShare);
        Assert.Equal(1695m, cost.ByPayer.Single(p => p.Payer == PayerKind.Employer).Amount);
    }

    [Fact]
    public void ASplitWithoutTheProgramme_CostsTheProgrammeNothing()
    {
        var cost = PlanCost.Compute(Train, [new(PayerKind.Employer, "Spedition Emsland GmbH", 60m), new(PayerKind.OtherFunder, "Jobcenter Emsland", 40m)]);
        Assert.Equal(0m, cost.ProgrammeShare);
        Assert.Equal(cost.Total, cost.ByPayer.Sum(p => p.Amount));
    }

    [Fact]
    public void RoundingDifferences_GoToTheLastPayer_SoThePartsAddUp()
    {
        var cost = PlanCost.Compute([new CostLine(InstrumentStatus.Planned, null, 100m)],
            [new(PayerKind.Programme, null, 33.33m), new(PayerKind.Employer, "A", 33.33m), new(PayerKind.OtherFunder, "B", 33.34m)]);

        Assert.Equal(33.33m, cost.ProgrammeShare);
        Assert.Equal(100m, cost.ByPayer.Sum(p => p.Amount));
    }

    [Fact]
    public void AnEmptyPlan_CostsNothing() => Assert.Equal(0m, PlanCost.Compute([], []).Total);

    [Fact]
    public void CostSplit_MustAddUpTo100()
    {
        Assert.Null(CostSplit.Check([]));
        Assert.Null(CostSplit.Check([new(PayerKind.Programme, null, 50m), new(PayerKind.Employer, "Zorggroep Emmen", 50m)]));
        Assert.Equal(CostSplit.MustAddUp, CostSplit.Check([new(PayerKind.Programme, null, 50m), new(PayerKind.Employer, "Zorggroep Emmen", 40m)]));
        Assert.Equal(CostSplit.MustAddUp, CostSplit.Check([new(PayerKind.Programme, null, 60m), new(PayerKind.Employer, "Zorggroep Emmen", 50m)]));
    }

    [Fact]
    public void CostSplit_RefusesSharesOutOfRange_AndNamelessPayers()
    {
        Assert.Equal(CostSplit.ShareOutOfRange, CostSplit.Check([new(PayerKind.Programme, null, 0m), new(PayerKind.Employer, "A", 100m)]));
        Assert.Equal(CostSplit.ShareOutOfRange, CostSplit.Check([new(PayerKind.Programme, null, 120m), new(PayerKind.Employer, "A", -20m)]));
        Assert.Equal(CostSplit.ShareOutOfRange, CostSplit.Check([new(PayerKind.Programme, null, 33.333m), new(PayerKind.Employer, "A", 66.667m)]));
        Assert.Equal(CostSplit.PayerNameRequired, CostSplit.Check([new(PayerKind.Programme, null, 50m), new(PayerKind.Employer, " ", 50m)]));
    }
}
