using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Jobportunities.Web.Features.Referrals;

/// <summary>A referrer's form for one candidate: what the programme needs and the reason for referral.</summary>
public sealed class ReferralForm : PersonFields
{
    /// <summary>One key per rendered form: a second post of the same form is the same referral.</summary>
    public Guid SubmissionKey { get; set; }

    public string? ProgrammeCode { get; set; }

    /// <summary>The referrer's own case number; optional here, required in a CSV upload.</summary>
    public string? ExternalReference { get; set; }

    public string? Benefit { get; set; }

    /// <summary>Only for WW; required when the chosen programme has the "WW ending within N months" condition.</summary>
    public DateOnly? WwEndDate { get; set; }

    /// <summary>Set by the controller from the chosen programme, never bound.</summary>
    [BindNever]
    public bool AsksWwEndDate { get; set; }

    public string? ReferralReason { get; set; }

    /// <summary>Optional, NL only. A refused form shows it again in its input (the user's own typing), never in a message.</summary>
    public string? Bsn { get; set; }

    public bool ConsentShareWithReferrer { get; set; }

    /// <summary>Signature or Verbal: how the candidate agreed (or, without consent, was asked).</summary>
    public string? ConsentMethod { get; set; }

    public static readonly IReadOnlyList<ConsentMethod> Methods = [Core.Intake.ConsentMethod.Signature, Core.Intake.ConsentMethod.Verbal];

    /// <summary>Only after validation succeeded.</summary>
    public ReferralInput ToInput(int organisationId, string userId, string language)
    {
        // The form asks no gender or street address: a crafted post does not add them (data minimisation).
        var details = new CandidateDetails(ToPerson() with { Gender = Core.Common.Gender.Unknown, Street = null, HouseNumber = null, City = null })
        {
            Benefit = BenefitSituations.TryParseCode(Benefit, out var benefit) ? benefit : throw new InvalidOperationException("Not validated."),
            WwEndDate = WwEndDate,
        };
        Core.Intake.Bsn.Check(Bsn, Country, out var bsn);
        var method = Enum.TryParse<ConsentMethod>(ConsentMethod, out var chosen) && Methods.Contains(chosen) ? chosen : Core.Intake.ConsentMethod.Verbal;
        return new ReferralInput(organisationId, userId, ApplicationSource.ReferralForm, ExternalReference, ReferralReason!, details,
            new ConsentChoices(ConsentShareWithReferrer, false, false, method), language,
            SubmissionKey == Guid.Empty ? null : SubmissionKey, bsn);
    }
}

public sealed record ReferralFormPage(ReferralForm Form, IReadOnlyList<ProgrammeChoice> Programmes);
