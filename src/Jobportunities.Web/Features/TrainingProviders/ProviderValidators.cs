using FluentValidation;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Trajectories;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.TrainingProviders;

public sealed class ProviderFormValidator : AbstractValidator<ProviderForm>
{
    public ProviderFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(t["Validation.Required", t["Field.Name"]]).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Validation.Country"]);
        RuleFor(f => f.City).NotEmpty().WithMessage(t["Validation.Required", t["Field.City"]]).MaximumLength(100).WithMessage(t["Validation.TooLong", 100]);
        RuleFor(f => f.Postcode).Must((f, p) => Postcode.TryParse(p, f.Country, out _)).When(f => Countries.IsSupported(f.Country))
            .WithMessage(f => t[f.Country == Countries.Germany ? "Validation.PostcodeDE" : "Validation.PostcodeNL"]);
    }
}

/// <summary>The course's location is checked against the provider's country, passed in as the root context data.</summary>
public sealed class CourseFormValidator : AbstractValidator<CourseForm>
{
    public const string CountryKey = "country";

    public CourseFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage(t["Validation.Required", t["Courses.Title"]]).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Sector).NotNull().WithMessage(t["Validation.Required", t["Field.Sector"]]);
        RuleFor(f => f.Level).NotNull().WithMessage(t["Validation.Required", t["Courses.Level"]])
            .InclusiveBetween(TrainingPlaces.MinimumLevel, TrainingPlaces.MaximumLevel).WithMessage(t["Validation.Between", TrainingPlaces.MinimumLevel, TrainingPlaces.MaximumLevel]);
        RuleFor(f => f.Language).Must(l => l is not null && TrainingPlaces.Languages.Contains(l)).WithMessage(t["Validation.Required", t["Courses.Language"]]);
        RuleFor(f => f.LocationPostcode).Custom((postcode, context) =>
        {
            var country = context.RootContextData.TryGetValue(CountryKey, out var c) ? c as string : Countries.Netherlands;
            if (!Postcode.TryParse(postcode, country, out _))
            {
                context.AddFailure(t[country == Countries.Germany ? "Validation.PostcodeDE" : "Validation.PostcodeNL"]);
            }
        });
        RuleFor(f => f.LocationCity).MaximumLength(100).WithMessage(t["Validation.TooLong", 100]);
        RuleFor(f => f.Cost).NotNull().WithMessage(t["Validation.Required", t["Courses.Cost"]]).InclusiveBetween(0m, 1_000_000m).WithMessage(t["Validation.NotNegative"]);
        RuleFor(f => f.DurationWeeks).InclusiveBetween(1, 260).When(f => f.DurationWeeks is not null).WithMessage(t["Validation.Between", 1, 260]);
        RuleFor(f => f.Description).MaximumLength(1000).WithMessage(t["Validation.TooLong", 1000]);
    }

    public static ValidationContext<CourseForm> For(CourseForm form, string country)
    {
        var context = new ValidationContext<CourseForm>(form);
        context.RootContextData[CountryKey] = country;
        return context;
    }
}

public sealed class RunFormValidator : AbstractValidator<RunForm>
{
    public RunFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.StartDate).NotNull().WithMessage(t["Validation.Required", t["Courses.StartDate"]]);
        RuleFor(f => f.Seats).NotNull().WithMessage(t["Validation.Required", t["Courses.Seats"]])
            .InclusiveBetween(1, CourseRun.MaximumSeats).WithMessage(t["Validation.Between", 1, CourseRun.MaximumSeats]);
    }
}
