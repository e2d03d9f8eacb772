using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Intake;

/// <summary>What a submitted application or referral came to.</summary>
public sealed record SubmissionResult(string Reference, bool Created, EligibilityAssessment Eligibility, ApplicationStatus Status);

/// <summary>Consents given with a submission, besides the privacy statement.</summary>
public sealed record ConsentChoices(bool ShareWithReferrer, bool ShareWithEmployers, bool ShareWithTrainingProviders, ConsentMethod Method)
{
    public static ConsentChoices None(ConsentMethod method) => new(false, false, false, method);
}
