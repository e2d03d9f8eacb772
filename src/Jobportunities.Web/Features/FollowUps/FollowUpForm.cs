using Jobportunities.Core.FollowUps;

namespace Jobportunities.Web.Features.FollowUps;

public sealed class FollowUpForm
{
    public FollowUpSituation? Situation { get; set; }

    public FollowUpSource? Source { get; set; }

    public DateOnly? RecordedOn { get; set; }

    public string? Note { get; set; }
}
