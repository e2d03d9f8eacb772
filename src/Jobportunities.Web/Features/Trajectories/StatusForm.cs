using Jobportunities.Core.Trajectories;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class StatusForm
{
    public InstrumentStatus? To { get; set; }

    public DateOnly? Date { get; set; }

    public string? Reason { get; set; }
}
