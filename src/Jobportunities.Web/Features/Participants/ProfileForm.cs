using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Features.Shared;

namespace Jobportunities.Web.Features.Participants;

/// <summary>The profile part of the file: the person fields and the situation questions.</summary>
public sealed class ProfileForm : PersonFields
{
    public Guid Version { get; set; }

    public string? Benefit { get; set; }

    public EducationLevel? Education { get; set; }

    public bool HasStartQualification { get; set; }

    /// <summary>A coach may keep a file without e-mail address or phone number.</summary>
    public override bool RequiresContact => false;

    public static ProfileForm From(Participant p)
    {
        var form = new ProfileForm { Version = p.Version, Benefit = p.Benefit.ToCode(), Education = p.Education, HasStartQualification = p.HasStartQualification == true };
        form.Fill(p.Person);
        return form;
    }

    public ParticipantProfile ToProfile() => new(ToPerson(), BenefitSituations.TryParseCode(Benefit, out var b) ? b : BenefitSituation.Other, Education, HasStartQualification);
}
