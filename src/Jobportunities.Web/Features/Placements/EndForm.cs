using Jobportunities.Core.Placements;

namespace Jobportunities.Web.Features.Placements;

public sealed class EndForm
{
    public int PlacementId { get; set; }

    public DateOnly? EndDate { get; set; }

    public PlacementEndReason Reason { get; set; }
}
