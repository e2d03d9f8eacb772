using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Participants;

/// <summary>A change or withdrawal of one consent, as the coach records it.</summary>
public sealed class ConsentForm
{
    /// <summary>The ways a coach can record; "partner system" is for referrals only.</summary>
    public static readonly IReadOnlyList<ConsentMethod> Methods = [ConsentMethod.Form, ConsentMethod.Signature, ConsentMethod.Verbal, ConsentMethod.Email];

    public ConsentPurpose? Purpose { get; set; }

    public bool? Given { get; set; }

    public ConsentMethod? Method { get; set; }

    public DateOnly? Date { get; set; }

    public string? Note { get; set; }

    public ConsentChange ToChange() => new(Purpose!.Value, Given!.Value, Method!.Value, Date!.Value, Note);
}

public sealed class ConsentFormValidator : AbstractValidator<ConsentForm>
{
    public ConsentFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.Purpose).NotNull().WithMessage(t["Validation.Required", t["Consent.Field.Purpose"]]).IsInEnum().WithMessage(t["Validation.Required", t["Consent.Field.Purpose"]]);
        RuleFor(f => f.Given).NotNull().WithMessage(t["Validation.Required", t["Consent.Field.Given"]]);
        RuleFor(f => f.Method).NotNull().WithMessage(t["Validation.Required", t["Consent.Field.Method"]])
            .Must(m => m is null || ConsentForm.Methods.Contains(m.Value)).WithMessage(t["Validation.Required", t["Consent.Field.Method"]]);
        RuleFor(f => f.Date).NotNull().WithMessage(t["Validation.Required", t["Consent.Field.Date"]])
            .Must(d => d is null || d <= clock.Today()).WithMessage(t["Consent.Error.DateInFuture"]);
        RuleFor(f => f.Note).MaximumLength(500).WithMessage(t["Consent.Error.NoteTooLong", 500]);
    }
}

public sealed record ConsentPage(ConsentOverview Overview, ConsentForm Form);
