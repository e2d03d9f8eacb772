using Jobportunities.Core.Data;

namespace Jobportunities.Core.Trajectories;

public sealed record AgreementInput(string EmployerName, string DevelopmentAgreement, DateOnly? AgreedOn);

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

    public string EmployerName { get; private set; } = "";

    public string DevelopmentAgreement { get; private set; } = "";

    public DateOnly? AgreedOn { get; private set; }

    public Guid Version { get; private set; }

    public void Update(AgreementInput input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.EmployerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.DevelopmentAgreement);
        EmployerName = input.EmployerName.Trim();
        DevelopmentAgreement = input.DevelopmentAgreement.Trim();
        AgreedOn = input.AgreedOn;
        NewVersion();
    }

    public void NewVersion() => Version = Guid.NewGuid();
}
