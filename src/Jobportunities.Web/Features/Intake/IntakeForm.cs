using Jobportunities.Core.Common;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Jobportunities.Web.Features.Intake;

/// <summary>The public intake form: only what the programme needs (docs/product.md section 3).</summary>
public sealed class IntakeForm : PersonFields
{
    /// <summary>One key per rendered form: a second post of the same form is the same application.</summary>
    public Guid SubmissionKey { get; set; }

    /// <summary>Honeypot: hidden from people, filled in by bots.</summary>
    public string? Website { get; set; }

    public string? Benefit { get; set; }

    /// <summary>Only asked when the programme has the "WW ending within N months" condition; read only for WW.</summary>
    public DateOnly? WwEndDate { get; set; }

    /// <summary>Set by the controller from the programme, never bound: the WW end date is required for WW.</summary>
    [BindNever]
    public bool AsksWwEndDate { get; set; }

    public string? Education { get; set; }

    public string? StartQualification { get; set; }

    public List<string> Languages { get; set; } = [];

    public string? OtherLanguages { get; set; }

    public string? WorkExperience { get; set; }

    public List<string> SectorWishes { get; set; } = [];

    public int? HoursPerWeekWish { get; set; }

    public string? HeardVia { get; set; }

    /// <summary>The ESF+ questions (labour-market status required, the rest voluntary).</summary>
    public Participants.IndicatorAnswersForm Indicators { get; set; } = new();

    public bool ConsentPrivacy { get; set; }

    public bool ConsentEmployers { get; set; }

    public bool ConsentTrainingProviders { get; set; }

    public static readonly string[] LanguageCodes = ["nl", "de", "en", "pl", "ar", "tr"];

    /// <summary>Only after validation succeeded.</summary>
    public CandidateDetails ToDetails() => new(ToPerson())
    {
        Benefit = BenefitSituations.TryParseCode(Benefit, out var benefit) ? benefit : throw new InvalidOperationException("Not validated."),
        WwEndDate = WwEndDate,
        Education = Enum.TryParse<EducationLevel>(Education, out var education) ? education : null,
        HasStartQualification = StartQualification switch { "yes" => true, "no" => false, _ => null },
        Languages = Languages.Where(l => LanguageCodes.Contains(l)).ToList(),
        OtherLanguages = OtherLanguages,
        WorkExperience = WorkExperience,
        SectorWishes = SectorWishes.Select(s => Enum.TryParse<Sector>(s, out var sector) ? (Sector?)sector : null).OfType<Sector>().ToList(),
        HoursPerWeekWish = HoursPerWeekWish,
        HeardVia = Enum.TryParse<HeardVia>(HeardVia, out var heard) ? heard : null,
        Indicators = Indicators.ToAnswers(),
    };

    public ConsentChoices ToConsents() => new(false, ConsentEmployers, ConsentTrainingProviders, ConsentMethod.Form);
}
