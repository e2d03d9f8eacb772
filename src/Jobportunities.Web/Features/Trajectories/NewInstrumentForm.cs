namespace Jobportunities.Web.Features.Trajectories;

public sealed class NewInstrumentForm
{
    public int? InstrumentId { get; set; }

    public string? Provider { get; set; }

    public DateOnly? PlannedStart { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    /// <summary>Empty: the catalogue's default cost.</summary>
    public decimal? Cost { get; set; }
}
