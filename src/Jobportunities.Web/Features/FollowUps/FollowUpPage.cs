using Jobportunities.Core.FollowUps;

namespace Jobportunities.Web.Features.FollowUps;

public sealed record FollowUpPage(FollowUp FollowUp, Core.Participants.Participant Participant, Core.Participants.FileRights Rights, FollowUpForm Form, DateOnly Today);
