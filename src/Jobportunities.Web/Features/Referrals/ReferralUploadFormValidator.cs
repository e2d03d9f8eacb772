using FluentValidation;
using Jobportunities.Core.Intake;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Referrals;

/// <summary>A CSV file must be chosen and fit the size limit; its content is checked by the upload service.</summary>
public sealed class ReferralUploadFormValidator : AbstractValidator<ReferralUploadForm>
{
    public ReferralUploadFormValidator(IStringLocalizer<SharedResource> t) =>
        RuleFor(f => f.File).NotNull().WithMessage(t["Referrals.Csv.NoFile"])
            .Must(f => f is null || f.Length <= ReferralCsvParser.MaxBytes).WithMessage(t.Problem(new CsvProblem(CsvProblems.TooLarge)));
}
