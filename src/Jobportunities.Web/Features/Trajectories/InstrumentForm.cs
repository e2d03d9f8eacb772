using Jobportunities.Core.Trajectories;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class InstrumentForm
{
    public Guid Version { get; set; }

    public string? Provider { get; set; }

    public DateOnly? PlannedStart { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    public decimal? Cost { get; set; }

    public static InstrumentForm From(PlanInstrument i) =>
        new() { Version = i.Version, Provider = i.Provider, PlannedStart = i.PlannedStart, PlannedEnd = i.PlannedEnd, Cost = i.Cost };

    public PlanInstrumentInput ToInput() => new(Provider, PlannedStart, PlannedEnd, Cost ?? 0m);
}
