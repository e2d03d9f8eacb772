using Jobportunities.Core.FollowUps;

namespace Jobportunities.Web.Features.FollowUps;

/// <summary>The follow-up page; <see cref="EmployedAtEntry"/> decides whether the improvement question is asked.</summary>
public sealed record FollowUpPage(FollowUp FollowUp, Core.Participants.Participant Participant, Core.Participants.FileRights Rights, FollowUpForm Form, DateOnly Today, bool EmployedAtEntry);
