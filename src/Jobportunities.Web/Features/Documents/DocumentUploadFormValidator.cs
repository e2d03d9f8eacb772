using FluentValidation;
using Jobportunities.Core.Documents;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Documents;

public sealed class DocumentUploadFormValidator : AbstractValidator<DocumentUploadForm>
{
    public DocumentUploadFormValidator(IStringLocalizer<SharedResource> t, DocumentLimits limits)
    {
        RuleFor(f => f.Kind).NotNull().WithMessage(t["Validation.Required", t["Field.DocumentKind"]])
            .IsInEnum().WithMessage(t["Validation.Required", t["Field.DocumentKind"]]);
        RuleFor(f => f.File).NotNull().WithMessage(t["Validation.Required", t["Field.DocumentFile"]]);
        RuleFor(f => f.File!.Length).GreaterThan(0).When(f => f.File is not null).WithMessage(Problem(t, DocumentRules.Empty, limits.MaxBytes))
            .OverridePropertyName(nameof(DocumentUploadForm.File));
        RuleFor(f => f.File!.Length).LessThanOrEqualTo(limits.MaxBytes).When(f => f.File is not null).WithMessage(Problem(t, DocumentRules.TooLarge, limits.MaxBytes))
            .OverridePropertyName(nameof(DocumentUploadForm.File));
        RuleFor(f => f.File!.FileName).MaximumLength(1000).When(f => f.File is not null).WithMessage(t["Validation.MaxLength", t["Field.DocumentFile"], 1000])
            .OverridePropertyName(nameof(DocumentUploadForm.File));
    }

    /// <summary>The message for a refused file, naming the field and, for size, the limit.</summary>
    public static string Problem(IStringLocalizer t, string problem, long maxBytes) =>
        t["Documents.Error." + problem, t["Field.DocumentFile"], DocumentsPage.Megabytes(maxBytes)];
}
