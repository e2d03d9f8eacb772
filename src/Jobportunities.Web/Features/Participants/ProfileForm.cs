using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Participants;

/// <summary>The profile part of the file: the person fields and the situation questions.</summary>
public sealed class ProfileForm : PersonFields
{
    public Guid Version { get; set; }

    public string? Benefit { get; set; }

    public EducationLevel? Education { get; set; }

    public bool HasStartQualification { get; set; }

    /// <summary>A coach may keep a file without e-mail address or phone number.</summary>
    public override bool RequiresContact => false;

    public static ProfileForm From(Participant p)
    {
        var form = new ProfileForm { Version = p.Version, Benefit = p.Benefit.ToCode(), Education = p.Education, HasStartQualification = p.HasStartQualification == true };
        form.Fill(p.Person);
        return form;
    }

    public ParticipantProfile ToProfile() => new(ToPerson(), BenefitSituations.TryParseCode(Benefit, out var b) ? b : BenefitSituation.Other, Education, HasStartQualification);
}

public sealed class WorkForm
{
    public Guid Version { get; set; }

    public List<string> PreferredSectors { get; set; } = [];

    public int? AvailableHoursPerWeek { get; set; }

    public bool HasDrivingLicence { get; set; }

    public bool HasOwnTransport { get; set; }

    public int? MaxTravelMinutes { get; set; }

    public string? WorkPreferences { get; set; }

    public static WorkForm From(Participant p) => new()
    {
        Version = p.Version, PreferredSectors = p.PreferredSectorList.Select(s => s.ToString()).ToList(), AvailableHoursPerWeek = p.AvailableHoursPerWeek,
        HasDrivingLicence = p.HasDrivingLicence, HasOwnTransport = p.HasOwnTransport, MaxTravelMinutes = p.MaxTravelMinutes, WorkPreferences = p.WorkPreferences,
    };

    public WorkPreferenceInput ToInput() => new(
        PreferredSectors.Select(s => Enum.TryParse<Sector>(s, out var v) ? (Sector?)v : null).OfType<Sector>().ToList(),
        AvailableHoursPerWeek, HasDrivingLicence, HasOwnTransport, MaxTravelMinutes, WorkPreferences);
}

public sealed class PhaseForm
{
    public Phase? To { get; set; }

    public ExitReason? ExitReason { get; set; }

    public string? Note { get; set; }
}

public sealed class ContactForm
{
    public DateOnly? Date { get; set; }

    public ContactKind Kind { get; set; }

    public string? Summary { get; set; }

    public string? NextAction { get; set; }

    public DateOnly? NextActionDate { get; set; }
}

public sealed class LadderForm
{
    public int? Step { get; set; }

    public DateOnly? Date { get; set; }

    public string? Note { get; set; }
}

public sealed class BarrierForm
{
    public AssessmentMoment Moment { get; set; }

    public DateOnly? Date { get; set; }

    public Dictionary<string, int> Ratings { get; set; } = [];

    public string? FunctionalLimitations { get; set; }

    public IReadOnlyDictionary<BarrierKind, int> ToRatings() =>
        Enum.GetValues<BarrierKind>().ToDictionary(k => k, k => Ratings.TryGetValue(k.ToString(), out var v) ? Math.Clamp(v, 0, 3) : 0);
}

public sealed class ScanItemForm
{
    public Sector Sector { get; set; }

    public int? Years { get; set; }

    public string? Description { get; set; }

    public string? SkillName { get; set; }

    public int SkillLevel { get; set; } = 2;

    public string? Language { get; set; }

    public string Level { get; set; } = "B1";
}

public sealed class CoachForm
{
    public string? CoachId { get; set; }
}

public sealed class CoachFormValidator : AbstractValidator<CoachForm>
{
    public CoachFormValidator(IStringLocalizer<SharedResource> t) =>
        RuleFor(f => f.CoachId).NotEmpty().WithMessage(t["Validation.Required", t["Queue.Coach"]])
            .MaximumLength(FieldLengths.Account.UserId).WithMessage(t["Validation.Invalid", t["Queue.Coach"]]);
}

/// <summary>One scan item: the rule set named after the item (experience, skill, language) says which fields count.</summary>
public sealed class ScanItemFormValidator : AbstractValidator<ScanItemForm>
{
    public ScanItemFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleSet("experience", () =>
        {
            RuleFor(f => f.Sector).IsInEnum().WithMessage(t["Validation.Invalid", t["Field.Sector"]]);
            RuleFor(f => f.Years).NotNull().WithMessage(t["Validation.Required", t["Field.Years"]])
                .InclusiveBetween(0, 60).WithName(_ => t["Field.Years"]);
            RuleFor(f => f.Description).MaximumLength(FieldLengths.File.ExperienceDescription)
                .WithMessage(t["Validation.MaxLength", t["Field.Description"], FieldLengths.File.ExperienceDescription]);
        });
        RuleSet("skill", () =>
        {
            RuleFor(f => f.SkillName).NotEmpty().WithMessage(t["Validation.Required", t["Field.SkillName"]])
                .MaximumLength(FieldLengths.File.SkillName).WithMessage(t["Validation.MaxLength", t["Field.SkillName"], FieldLengths.File.SkillName]);
            RuleFor(f => f.SkillLevel).InclusiveBetween(1, 4).WithName(_ => t["Field.SkillLevel"]);
        });
        RuleSet("language", () =>
        {
            RuleFor(f => f.Language).NotEmpty().WithMessage(t["Validation.Required", t["Field.Language"]])
                .MaximumLength(FieldLengths.File.LanguageName).WithMessage(t["Validation.MaxLength", t["Field.Language"], FieldLengths.File.LanguageName]);
            RuleFor(f => f.Level).Must(l => ScanLanguage.CefrLevels.Contains(l)).WithMessage(t["Validation.Invalid", t["Field.Cefr"]]);
        });
    }
}
