using System.Diagnostics.CodeAnalysis;
using Jobportunities.Core.Common;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Intake;

/// <summary>
/// What the programme asks of a candidate (docs/product.md section 3: data minimisation). The public
/// form fills all of it; a referral fills at least name, birth date, postcode, country, benefit.
/// </summary>
public sealed record CandidateDetails : PersonDetails
{
    public CandidateDetails()
    {
    }

    /// <summary>The person's details from a form, the programme's questions to be set next.</summary>
    [SetsRequiredMembers]
    public CandidateDetails(PersonDetails person)
        : base(person)
    {
    }

    public required BenefitSituation Benefit { get; init; }

    /// <summary>Only read when the benefit is WW: the programme's "WW ending within N months" condition.</summary>
    public DateOnly? WwEndDate { get; init; }

    public EducationLevel? Education { get; init; }

    public bool? HasStartQualification { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public string? OtherLanguages { get; init; }

    public string? WorkExperience { get; init; }

    public IReadOnlyList<Sector> SectorWishes { get; init; } = [];

    public int? HoursPerWeekWish { get; init; }

    public HeardVia? HeardVia { get; init; }

    /// <summary>The ESF+ answers (public form); null for a referral: "not asked".</summary>
    public Participants.IndicatorAnswers? Indicators { get; init; }
}
