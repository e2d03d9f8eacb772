using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Participants;

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
