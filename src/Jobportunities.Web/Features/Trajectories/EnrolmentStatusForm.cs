using Jobportunities.Core.Trajectories;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class EnrolmentStatusForm
{
    public EnrolmentStatus? To { get; set; }

    public DateOnly? Date { get; set; }

    public bool WithDiploma { get; set; }

    public string? Reason { get; set; }
}
