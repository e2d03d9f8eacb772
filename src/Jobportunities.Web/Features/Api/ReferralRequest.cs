using System.Globalization;
using System.Text.Json.Serialization;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Web.Features.Api;

/// <summary>
/// A referral as a partner system sends it. Everything is read as text and checked by
/// <see cref="ReferralRequestValidator"/>, so one answer lists every problem, not only the first.
/// </summary>
public sealed class ReferralRequest
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The programme's code, e.g. "new-jobportunities-2".</summary>
    public string? Programme { get; set; }

    /// <summary>The partner system's own id of the referral: the same one again is the same referral.</summary>
    public string? ExternalReference { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    /// <summary>YYYY-MM-DD.</summary>
    public string? BirthDate { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Postcode { get; set; }

    /// <summary>NL or DE.</summary>
    public string? Country { get; set; }

    /// <summary>none, ww, bijstand, sgb2, sgb3 or other.</summary>
    public string? Benefit { get; set; }

    /// <summary>YYYY-MM-DD, only read when the benefit is ww; required when the programme has the "WW ending within N months" condition.</summary>
    public string? WwEndDate { get; set; }

    /// <summary>Set by the controller from the programme; never read from the request.</summary>
    [JsonIgnore]
    public bool AsksWwEndDate { get; set; }

    public string? Reason { get; set; }

    /// <summary>Whether the candidate agreed that the referring organisation follows the progress (default false).</summary>
    public bool? ConsentToShare { get; set; }

    /// <summary>Optional burgerservicenummer, NL candidates only: 9 digits passing the elfproef. Stored encrypted, never echoed.</summary>
    public string? Bsn { get; set; }

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Only for a request the validator accepted.</summary>
    public ReferralInput ToInput(int organisationId, string language)
    {
        TryParseDate(BirthDate, out var birthDate);
        BenefitSituations.TryParseCode(Benefit, out var benefit);
        DateOnly? wwEndDate = TryParseDate(WwEndDate, out var wwEnd) ? wwEnd : null;
        var details = new CandidateDetails
        {
            GivenName = GivenName!,
            FamilyName = FamilyName!,
            BirthDate = birthDate,
            Email = Email,
            Phone = Phone,
            Postcode = Postcode!,
            Country = Country!,
            Benefit = benefit,
            WwEndDate = wwEndDate,
        };
        var consents = new ConsentChoices(ConsentToShare == true, false, false, ConsentMethod.PartnerSystem);
        Core.Intake.Bsn.Check(Bsn, Country, out var bsn);
        return new ReferralInput(organisationId, null, ApplicationSource.ReferralApi, ExternalReference, Reason!, details, consents, language, Bsn: bsn);
    }
}
