using FluentValidation;
using Jobportunities.Core.Trajectories;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class CostSplitFormValidator : AbstractValidator<CostSplitForm>
{
    public CostSplitFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleForEach(f => f.Shares).ChildRules(row =>
        {
            row.RuleFor(s => s.Payer).NotNull().When(s => !s.IsBlank).WithMessage(t["Plan.Error.PayerRequired"]);
            row.RuleFor(s => s.Percent).NotNull().When(s => !s.IsBlank).WithMessage(t["Plan.Error.PercentRequired"])
                .InclusiveBetween(0.01m, 100m).When(s => s.Percent is not null).WithMessage(t["Plan.Error.ShareOutOfRange"]);
            row.RuleFor(s => s.PayerName).NotEmpty().When(s => s.Payer is PayerKind.Employer or PayerKind.OtherFunder).WithMessage(t["Plan.Error.PayerNameRequired"])
                .MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        });
        RuleFor(f => f.Shares).Must(rows => rows.Where(s => !s.IsBlank && s.Percent is not null).Sum(s => s.Percent!.Value) == 100m)
            .When(f => f.Shares.Any(s => !s.IsBlank)).WithName("Shares[0].Percent").OverridePropertyName("Shares[0].Percent").WithMessage(t["Plan.Error.SharesMustAddUp"]);
    }
}
