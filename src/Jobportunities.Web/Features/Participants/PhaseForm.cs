using Jobportunities.Core.Participants;

namespace Jobportunities.Web.Features.Participants;

public sealed class PhaseForm
{
    public Phase? To { get; set; }

    public ExitReason? ExitReason { get; set; }

    public string? Note { get; set; }
}
