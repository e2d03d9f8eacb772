using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Programmes;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Vacancies;

public sealed class VacancyForm
{
    public Guid Version { get; set; }

    public int? ProgrammeId { get; set; }

    public string? Title { get; set; }

    public Sector? Sector { get; set; }

    public decimal? HoursPerWeek { get; set; }

    public string? Postcode { get; set; }

    public string? Country { get; set; } = Countries.Netherlands;

    public int? Openings { get; set; } = 1;

    public string? Requirements { get; set; }

    public bool IsCreatedWorkplace { get; set; }

    public static VacancyForm From(Vacancy v) => new()
    {
        Version = v.Version, ProgrammeId = v.ProgrammeId, Title = v.Title, Sector = v.Sector, HoursPerWeek = v.HoursPerWeek, Postcode = v.Postcode,
        Country = v.Country, Openings = v.Openings, Requirements = v.Requirements, IsCreatedWorkplace = v.IsCreatedWorkplace,
    };

    public static VacancyForm For(Employer e, int? programmeId) => new()
    {
        ProgrammeId = programmeId, Sector = e.Sector, Postcode = e.Postcode, Country = e.Country,
    };

    public VacancyInput ToInput() => new(Title!, Sector!.Value, HoursPerWeek!.Value, Postcode!, Country!, Openings!.Value, Requirements, IsCreatedWorkplace);
}

public sealed class VacancyFormValidator : AbstractValidator<VacancyForm>
{
    public VacancyFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.ProgrammeId).NotNull().WithMessage(t["Validation.Required", t["Field.ProgrammeId"]]);
        RuleFor(f => f.Title).NotEmpty().WithMessage(t["Validation.Required", t["Field.Title"]]).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Sector).NotNull().WithMessage(t["Validation.Required", t["Field.Sector"]]).IsInEnum().WithMessage(t["Validation.InvalidValue"]);
        RuleFor(f => f.HoursPerWeek).NotNull().WithMessage(t["Validation.Required", t["Field.HoursPerWeek"]])
            .Must(h => h is > 0 and <= 60).When(f => f.HoursPerWeek is not null).WithMessage(t["Validation.Between", 1, 60]);
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Validation.Country"]);
        RuleFor(f => f.Postcode).NotEmpty().WithMessage(t["Validation.Required", t["Field.Postcode"]]);
        RuleFor(f => f.Postcode).Must((f, p) => Postcode.TryParse(p, f.Country, out _))
            .When(f => Countries.IsSupported(f.Country) && !string.IsNullOrWhiteSpace(f.Postcode))
            .WithMessage(f => t[f.Country!.Trim().ToUpperInvariant() == Countries.Germany ? "Validation.PostcodeDE" : "Validation.PostcodeNL"]);
        RuleFor(f => f.Openings).NotNull().WithMessage(t["Validation.Required", t["Field.Openings"]])
            .InclusiveBetween(1, 500).When(f => f.Openings is not null).WithMessage(t["Validation.Between", 1, 500]);
        RuleFor(f => f.Requirements).MaximumLength(4000).WithMessage(t["Validation.TooLong", 4000]);
    }
}

public sealed class VacancyFilter
{
    public Sector? Sector { get; set; }

    /// <summary>Open (default), Filled, Closed or "all".</summary>
    public string? Status { get; set; }

    public int? Programme { get; set; }

    /// <summary>Shows only the archived vacancies (ADR 0025); without a chosen status, of every status.</summary>
    public bool Archived { get; set; }

    public VacancyStatus? StatusValue => Status == "all" || (Archived && string.IsNullOrEmpty(Status)) ? null : Enum.TryParse<VacancyStatus>(Status, true, out var s) ? s : VacancyStatus.Open;
}

public sealed record VacancyListPage(IReadOnlyList<VacancyRow> Rows, VacancyFilter Filter, IReadOnlyList<(int Id, string Name)> Programmes);

public sealed record VacancyFormPage(int EmployerId, string EmployerName, int? VacancyId, VacancyForm Form, IReadOnlyList<(int Id, string Name)> Programmes);

public sealed record VacancyPage(VacancyDetails Details, IReadOnlyList<ProposalRow> Proposals, bool CanManage)
{
    public Shared.ArchiveBlock Archive => new($"/vacancies/{Details.Vacancy.Id}/{(Details.Vacancy.IsArchived ? "restore" : "archive")}", Details.Vacancy.IsArchived,
        Details.Vacancy.ArchivedUtc is { } at ? DateOnly.FromDateTime(at) : null);
}
