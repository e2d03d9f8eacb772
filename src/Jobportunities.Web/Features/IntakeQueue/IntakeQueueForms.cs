using Jobportunities.Core.Common;
using FluentValidation;
using Jobportunities.Core.Intake;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.IntakeQueue;

public sealed class AcceptForm
{
    public string? CoachId { get; set; }

    /// <summary>Required when the application does not meet the programme's conditions.</summary>
    public string? OverrideReason { get; set; }
}

public sealed class AcceptFormValidator : AbstractValidator<AcceptForm>
{
    public AcceptFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.CoachId).NotEmpty().WithMessage(t["Validation.Required", t["Queue.Coach"]])
            .MaximumLength(FieldLengths.Account.UserId).WithMessage(t["Validation.Invalid", t["Queue.Coach"]]);
        RuleFor(f => f.OverrideReason).MaximumLength(FieldLengths.Intake.DecisionReason)
            .WithMessage(t["Validation.MaxLength", t["Queue.OverrideReason"], FieldLengths.Intake.DecisionReason]);
    }
}

public sealed class DeclineForm
{
    public string? Reason { get; set; }
}

public sealed class DeclineFormValidator : AbstractValidator<DeclineForm>
{
    public DeclineFormValidator(IStringLocalizer<SharedResource> t) =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage(t["Queue.DeclineReasonRequired"]).MaximumLength(2000).WithMessage(t["Validation.TooLong", 2000]);
}

public sealed record QueuePage(QueueList List, QueueFilter Filter, IReadOnlyList<(int Id, string Name)> Programmes)
{
    public IReadOnlyList<QueueItem> Items => List.Items;

    public Dictionary<string, string?> RouteValues(int page) => new()
    {
        ["programme"] = Filter.ProgrammeId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["source"] = Filter.Source?.ToString(),
        ["eligible"] = Filter.Eligible is { } e ? (e ? "true" : "false") : null,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed record ApplicationPage(
    Application Application,
    IReadOnlyList<ConsentRecord> Consents,
    IReadOnlyList<(string Id, string Name)> Coaches,
    string? OrganisationName,
    string? DuplicateReference,
    AcceptForm Accept,
    DeclineForm Decline);
