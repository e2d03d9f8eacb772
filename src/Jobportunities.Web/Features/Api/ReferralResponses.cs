using System.Text.Json.Serialization;
using Jobportunities.Core.Intake;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Api;

/// <summary>An unmet eligibility condition: region, age or benefit, with a message in the request's language.</summary>
public sealed record UnmetConditionResponse(string Code, string Message);

/// <summary>The answer to a submitted referral.</summary>
public sealed record ReferralSubmittedResponse(string Reference, string Status, bool Eligible, IReadOnlyList<UnmetConditionResponse> UnmetConditions)
{
    public static ReferralSubmittedResponse From(ReferralStatus status, IStringLocalizer texts) =>
        new(status.Reference, status.Progress.ToCode(), status.IsEligible, ReferralResponse.Unmet(status, texts));
}

/// <summary>A referral as far as the referring organisation may follow it.</summary>
public sealed record ReferralResponse(
    string Reference,
    string? ExternalReference,
    string Programme,
    string Status,
    bool Eligible,
    IReadOnlyList<UnmetConditionResponse> UnmetConditions,
    DateTimeOffset SubmittedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DeclineReason)
{
    public static ReferralResponse From(ReferralStatus status, IStringLocalizer texts) =>
        new(status.Reference, status.ExternalReference, status.ProgrammeCode, status.Progress.ToCode(), status.IsEligible,
            Unmet(status, texts), new DateTimeOffset(DateTime.SpecifyKind(status.SubmittedUtc, DateTimeKind.Utc)), status.DeclineReason);

    internal static IReadOnlyList<UnmetConditionResponse> Unmet(ReferralStatus status, IStringLocalizer texts) =>
        status.UnmetConditions.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(code => new UnmetConditionResponse(code, texts["Eligibility.Unmet." + code]))
            .ToList();
}
