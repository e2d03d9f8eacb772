using FluentValidation;
using Jobportunities.Core.Trajectories;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Instruments;

public sealed class InstrumentForm
{
    public Guid Version { get; set; }

    public string? Code { get; set; }

    public InstrumentKind Kind { get; set; }

    public string? NameNl { get; set; }

    public string? NameDe { get; set; }

    public string? NameEn { get; set; }

    public string? Description { get; set; }

    public string? DefaultProvider { get; set; }

    public decimal? DefaultCost { get; set; }

    public static InstrumentForm From(Instrument i) => new()
    {
        Version = i.Version, Code = i.Code, Kind = i.Kind, NameNl = i.NameNl, NameDe = i.NameDe, NameEn = i.NameEn,
        Description = i.Description, DefaultProvider = i.DefaultProvider, DefaultCost = i.DefaultCost,
    };

    public InstrumentSettings ToSettings() => new(new InstrumentTexts(NameNl!, NameDe!, NameEn!, Description), DefaultProvider, DefaultCost ?? 0m);
}

/// <summary>The edit page: a new instrument has no id; a conflict shows what was saved meanwhile.</summary>
public sealed record InstrumentEditPage(int? Id, bool IsActive, InstrumentForm Form, InstrumentForm? Saved);

public sealed class InstrumentFormValidator : AbstractValidator<InstrumentForm>
{
    public InstrumentFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Code).Must(Instrument.IsValidCode).When(f => f.Version == Guid.Empty).WithMessage(t["Instruments.Error.InvalidCode"]);
        RuleFor(f => f.NameNl).NotEmpty().WithMessage(t["Validation.Required", t["Instruments.NameNl"]]).MaximumLength(120).WithMessage(t["Validation.TooLong", 120]);
        RuleFor(f => f.NameDe).NotEmpty().WithMessage(t["Validation.Required", t["Instruments.NameDe"]]).MaximumLength(120).WithMessage(t["Validation.TooLong", 120]);
        RuleFor(f => f.NameEn).NotEmpty().WithMessage(t["Validation.Required", t["Instruments.NameEn"]]).MaximumLength(120).WithMessage(t["Validation.TooLong", 120]);
        RuleFor(f => f.Description).MaximumLength(1000).WithMessage(t["Validation.TooLong", 1000]);
        RuleFor(f => f.DefaultProvider).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.DefaultCost).NotNull().WithMessage(t["Validation.Required", t["Instruments.DefaultCost"]])
            .InclusiveBetween(0m, 1_000_000m).WithMessage(t["Validation.NotNegative"]);
    }
}
