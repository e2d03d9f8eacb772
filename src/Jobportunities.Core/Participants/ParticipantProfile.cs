using System.Diagnostics.CodeAnalysis;
using Jobportunities.Core.Common;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Participants;

/// <summary>The profile a coach edits: the person's details and the situation questions of the intake.</summary>
public sealed record ParticipantProfile : PersonDetails
{
    [SetsRequiredMembers]
    public ParticipantProfile(PersonDetails person, BenefitSituation benefit, EducationLevel? education, bool? hasStartQualification)
        : base(person)
    {
        Benefit = benefit;
        Education = education;
        HasStartQualification = hasStartQualification;
    }

    public BenefitSituation Benefit { get; init; }

    public EducationLevel? Education { get; init; }

    public bool? HasStartQualification { get; init; }
}
