using Jobportunities.Core.Trajectories;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class AgreementForm
{
    public Guid Version { get; set; }

    /// <summary>The employer chosen from the register.</summary>
    public int? EmployerId { get; set; }

    public string? DevelopmentAgreement { get; set; }

    public DateOnly? AgreedOn { get; set; }

    public static AgreementForm From(EmployerAgreement a) =>
        new() { Version = a.Version, EmployerId = a.EmployerId, DevelopmentAgreement = a.DevelopmentAgreement, AgreedOn = a.AgreedOn };

    public AgreementInput ToInput() => new(EmployerId!.Value, DevelopmentAgreement!, AgreedOn);
}
