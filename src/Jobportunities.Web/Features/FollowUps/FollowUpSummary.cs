using Jobportunities.Core.FollowUps;

namespace Jobportunities.Web.Features.FollowUps;

public sealed record FollowUpSummary(FollowUp? FollowUp, DateOnly Today);
