using Jobportunities.Core.Data;

namespace Jobportunities.Core.Trajectories;

/// <summary>An agreement as the coach enters it: the employer is chosen from the employers register.</summary>
public sealed record AgreementInput(int EmployerId, string DevelopmentAgreement, DateOnly? AgreedOn);

/// <summary>
/// An agreement with an employer that is part of the plan: what the employer will do to develop
/// the participant (training on the job, a mentor, a contract after the trial, …).
/// </summary>
public sealed class EmployerAgreement : IVersioned
{
    private EmployerAgreement()
    {
    }

    public EmployerAgreement(int participantId, AgreementInput input)
    {
        ParticipantId = participantId;
        Update(input);
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    /// <summary>The employer in the register; null only for an old row whose free-text name matched no employer.</summary>
    public int? EmployerId { get; private set; }

    public Employers.Employer? Employer { get; private set; }

    /// <summary>
    /// Legacy: the free-text employer name of rows made before agreements pointed to the register.
    /// Empty for new rows; shown only while <see cref="EmployerId"/> is null.
    /// </summary>
    public string EmployerName { get; private set; } = "";

    public string DevelopmentAgreement { get; private set; } = "";

    public DateOnly? AgreedOn { get; private set; }

    public Guid Version { get; private set; }

    public void Update(AgreementInput input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.DevelopmentAgreement);
        EmployerId = input.EmployerId;
        EmployerName = "";
        DevelopmentAgreement = input.DevelopmentAgreement.Trim();
        AgreedOn = input.AgreedOn;
        NewVersion();
    }

    /// <summary>An old row with only a free-text employer name (rows from before the register link, and the demo's history).</summary>
    public static EmployerAgreement WithLegacyName(int participantId, string employerName, string developmentAgreement, DateOnly? agreedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(developmentAgreement);
        var agreement = new EmployerAgreement { ParticipantId = participantId, EmployerName = employerName.Trim(), DevelopmentAgreement = developmentAgreement.Trim(), AgreedOn = agreedOn };
        agreement.NewVersion();
        return agreement;
    }

    /// <summary>The one-time link: points an unlinked old row to the employer whose name matched.</summary>
    public bool LinkTo(int employerId)
    {
        if (EmployerId is not null)
        {
            return false;
        }

        EmployerId = employerId;
        NewVersion();
        return true;
    }

    public void NewVersion() => Version = Guid.NewGuid();
}
