using FluentValidation;
using Jobportunities.Core.Matching;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.MatchingEvents;

public sealed class EventForm
{
    public int? ProgrammeId { get; set; }

    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    public string? Place { get; set; }

    public string? Description { get; set; }

    public EventInput ToInput() => new(ProgrammeId!.Value, Title!, Date!.Value, Place!, Description);
}

public sealed class ConversationForm
{
    public int? ParticipantId { get; set; }

    public int? EmployerId { get; set; }

    public string? Outcome { get; set; }
}

public sealed class EventFormValidator : AbstractValidator<EventForm>
{
    public EventFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.ProgrammeId).NotNull().WithMessage(t["Validation.Required", t["Field.ProgrammeId"]]);
        RuleFor(f => f.Title).NotEmpty().WithMessage(t["Validation.Required", t["Field.Title"]]).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Date).NotNull().WithMessage(t["Validation.Required", t["Field.Date"]]);
        RuleFor(f => f.Place).NotEmpty().WithMessage(t["Validation.Required", t["Field.Place"]]).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage(t["Validation.TooLong", 2000]);
    }
}

public sealed class ConversationFormValidator : AbstractValidator<ConversationForm>
{
    public ConversationFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.ParticipantId).NotNull().WithMessage(t["Validation.Required", t["Field.ParticipantId"]]);
        RuleFor(f => f.EmployerId).NotNull().WithMessage(t["Validation.Required", t["Field.EmployerId"]]);
        RuleFor(f => f.Outcome).NotEmpty().WithMessage(t["Validation.Required", t["Field.ConversationOutcome"]]).MaximumLength(2000).WithMessage(t["Validation.TooLong", 2000]);
    }
}

public sealed record EventFormPage(EventForm Form, IReadOnlyList<(int Id, string Name)> Programmes);

public sealed record EventPage(EventDetails Details, ConversationForm Conversation);
