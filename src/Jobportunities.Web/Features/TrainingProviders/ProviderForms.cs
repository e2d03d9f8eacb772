using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Trajectories;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.TrainingProviders;

public sealed class ProviderForm
{
    public Guid Version { get; set; }

    public string? Name { get; set; }

    public string? Country { get; set; }

    public string? City { get; set; }

    public string? Postcode { get; set; }

    public static ProviderForm From(TrainingProvider p) => new() { Version = p.Version, Name = p.Name, Country = p.Country, City = p.City, Postcode = p.Postcode };

    public ProviderSettings ToSettings() => new(Name!, Country!, City!, Postcode!);
}

public sealed record ProviderEditPage(int? Id, ProviderForm Form, ProviderForm? Saved);

public sealed class CourseForm
{
    public Guid Version { get; set; }

    public string? Title { get; set; }

    public Sector? Sector { get; set; }

    public int? Level { get; set; }

    public string? Language { get; set; }

    public string? LocationPostcode { get; set; }

    public string? LocationCity { get; set; }

    public decimal? Cost { get; set; }

    public int? DurationWeeks { get; set; }

    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;

    public static CourseForm From(Course c) => new()
    {
        Version = c.Version, Title = c.Title, Sector = c.Sector, Level = c.Level, Language = c.Language, LocationPostcode = c.LocationPostcode,
        LocationCity = c.LocationCity, Cost = c.Cost, DurationWeeks = c.DurationWeeks, Description = c.Description, IsActive = c.IsActive,
    };

    public CourseDetails ToDetails() => new(Title!, Sector!.Value, Level!.Value, Language!, LocationPostcode!, LocationCity, Cost!.Value, DurationWeeks, Description);
}

public sealed class RunForm
{
    public DateOnly? StartDate { get; set; }

    public int? Seats { get; set; }
}

public sealed class SeatsForm
{
    public int? Seats { get; set; }
}

public sealed class SeatsFormValidator : AbstractValidator<SeatsForm>
{
    public SeatsFormValidator(IStringLocalizer<SharedResource> t) =>
        RuleFor(f => f.Seats).NotNull().WithMessage(t["Validation.Required", t["Courses.Seats"]])
            .InclusiveBetween(1, CourseRun.MaximumSeats).WithName(_ => t["Courses.Seats"]);
}

/// <summary>The course page: the provider it belongs to, the course form, and (for an existing course) its runs.</summary>
public sealed class CoursePage
{
    public required TrainingProvider Provider { get; init; }

    public Course? Course { get; init; }

    public required CourseForm Form { get; set; }

    public CourseForm? Saved { get; set; }

    public RunForm Run { get; set; } = new();

    public Dictionary<int, SeatsForm> Seats { get; set; } = [];
}
