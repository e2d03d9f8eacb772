using Jobportunities.Core.Trajectories;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class GoalForm
{
    public Guid Version { get; set; }

    public string? What { get; set; }

    public DateOnly? ByWhen { get; set; }

    public string? HowMeasured { get; set; }

    public static GoalForm From(PlanGoal g) => new() { Version = g.Version, What = g.What, ByWhen = g.ByWhen, HowMeasured = g.HowMeasured };

    public GoalInput ToInput() => new(What!, ByWhen!.Value, HowMeasured!);
}

public sealed class NewInstrumentForm
{
    public int? InstrumentId { get; set; }

    public string? Provider { get; set; }

    public DateOnly? PlannedStart { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    /// <summary>Empty: the catalogue's default cost.</summary>
    public decimal? Cost { get; set; }
}

public sealed class InstrumentForm
{
    public Guid Version { get; set; }

    public string? Provider { get; set; }

    public DateOnly? PlannedStart { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    public decimal? Cost { get; set; }

    public static InstrumentForm From(PlanInstrument i) =>
        new() { Version = i.Version, Provider = i.Provider, PlannedStart = i.PlannedStart, PlannedEnd = i.PlannedEnd, Cost = i.Cost };

    public PlanInstrumentInput ToInput() => new(Provider, PlannedStart, PlannedEnd, Cost ?? 0m);
}

public sealed class StatusForm
{
    public InstrumentStatus? To { get; set; }

    public DateOnly? Date { get; set; }

    public string? Reason { get; set; }
}

/// <summary>Withdrawing a plan item added by mistake: the reason is required and stays in the plan's history.</summary>
public sealed class WithdrawForm
{
    public string? Reason { get; set; }
}

public sealed class CertificateForm
{
    public string? Occupation { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public string? Issuer { get; set; }

    /// <summary>A document of the same participant as evidence (optional).</summary>
    public int? DocumentId { get; set; }

    public static CertificateForm From(WorkBasedLearningCertificate? c, DateOnly today) =>
        c is null ? new CertificateForm { IssuedOn = today } : new CertificateForm { Occupation = c.Occupation, IssuedOn = c.IssuedOn, Issuer = c.Issuer, DocumentId = c.EvidenceDocumentId };

    public CertificateInput ToInput() => new(Occupation!, IssuedOn!.Value, Issuer!, DocumentId);
}

public sealed class EnrolForm
{
    public int? RunId { get; set; }
}

public sealed class EnrolmentStatusForm
{
    public EnrolmentStatus? To { get; set; }

    public DateOnly? Date { get; set; }

    public bool WithDiploma { get; set; }

    public string? Reason { get; set; }
}

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

public sealed class ShareForm
{
    public PayerKind? Payer { get; set; }

    public string? PayerName { get; set; }

    public decimal? Percent { get; set; }

    public bool IsBlank => Payer is null && string.IsNullOrWhiteSpace(PayerName) && Percent is null;
}

public sealed class CostSplitForm
{
    public const int Rows = 4;

    public List<ShareForm> Shares { get; set; } = [];

    public static CostSplitForm From(IEnumerable<CostShare> shares)
    {
        var rows = shares.Select(s => new ShareForm { Payer = s.Payer, PayerName = s.PayerName, Percent = s.Percent }).ToList();
        return new CostSplitForm { Shares = rows }.Padded();
    }

    /// <summary>The form always shows <see cref="Rows"/> rows (at least one more than filled in), so a payer can be added without script.</summary>
    public CostSplitForm Padded()
    {
        while (Shares.Count < Rows || Shares.All(s => !s.IsBlank))
        {
            Shares.Add(new ShareForm());
        }

        return this;
    }

    public IReadOnlyList<CostShareInput> ToInput() =>
        Shares.Where(s => !s.IsBlank).Select(s => new CostShareInput(s.Payer!.Value, s.PayerName, s.Percent!.Value)).ToList();
}
