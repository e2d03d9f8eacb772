using Jobportunities.Core.FollowUps;

namespace Jobportunities.Web.Features.FollowUps;

public sealed class FollowUpForm
{
    public FollowUpSituation? Situation { get; set; }

    public FollowUpSource? Source { get; set; }

    public DateOnly? RecordedOn { get; set; }

    /// <summary>Asked only of a person employed at entry; required when they are in work again.</summary>
    public FollowUpImprovement? Improvement { get; set; }

    public string? Note { get; set; }
}
