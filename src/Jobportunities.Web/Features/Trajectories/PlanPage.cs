using Jobportunities.Core.Common;
using Jobportunities.Core.Documents;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Trajectories;

/// <summary>
/// The plan page. Every edit form of an item has its own name prefix (Goals[12].What,
/// Statuses[7].To, …), so a form shown again with errors keeps its input and its messages to itself.
/// </summary>
public sealed class PlanViewModel
{
    public required CoachingPlan Plan { get; init; }

    public required ProgrammeSpend Spend { get; init; }

    public IReadOnlyList<Instrument> Catalogue { get; init; } = [];

    public IReadOnlyList<RunChoice> Runs { get; init; } = [];

    /// <summary>The employers an agreement can name: the register's, archived ones left out.</summary>
    public IReadOnlyList<Core.Employers.EmployerChoice> Employers { get; init; } = [];

    public DateOnly Today { get; init; }

    /// <summary>The participant's documents to choose as a certificate's evidence (loaded only when a certificate can be recorded).</summary>
    public IReadOnlyList<DocumentChoice> Documents { get; init; } = [];

    public GoalForm NewGoal { get; set; } = new();

    public Dictionary<int, GoalForm> Goals { get; set; } = [];

    public NewInstrumentForm NewInstrument { get; set; } = new();

    public Dictionary<int, InstrumentForm> Instruments { get; set; } = [];

    public Dictionary<int, StatusForm> Statuses { get; set; } = [];

    public Dictionary<int, CertificateForm> Certificates { get; set; } = [];

    public Dictionary<int, WithdrawForm> Withdrawals { get; set; } = [];

    public EnrolForm Enrol { get; set; } = new();

    public Dictionary<int, EnrolmentStatusForm> EnrolmentStatuses { get; set; } = [];

    public AgreementForm NewAgreement { get; set; } = new();

    public Dictionary<int, AgreementForm> Agreements { get; set; } = [];

    public CostSplitForm CostSplit { get; set; } = new();

    /// <summary>The id of the &lt;details&gt; to open because its form is shown again.</summary>
    public string? Open { get; set; }

    public bool IsOpen(string id) => Open == id;
}

/// <summary>Builds the plan page for the plan controllers (read audited by the service).</summary>
public sealed class PlanPageBuilder(CoachingPlanService plans, ProgrammeSpendService spend, InstrumentService catalogue, EnrolmentService enrolments, DocumentService documents, Core.Employers.EmployerService employers, TimeProvider clock)
{
    public const string View = "~/Features/Trajectories/Plan.cshtml";

    public async Task<PlanViewModel?> BuildAsync(Controller controller, int id, Action<PlanViewModel>? keepInput = null, CancellationToken ct = default)
    {
        var plan = await plans.ReadAsync(controller.User.ToStaffUser(), id, ct: ct);
        if (plan is null)
        {
            return null;
        }

        var today = clock.Today();
        var edit = plan.Rights.CanEdit;
        var model = new PlanViewModel
        {
            Plan = plan,
            Spend = await spend.ForPlanPageAsync(plan.Participant.ProgrammeId, ct),
            Catalogue = edit ? await catalogue.ListAsync(activeOnly: true, ct) : [],
            Runs = edit ? await enrolments.OpenRunsAsync(ct) : [],
            Documents = edit && plan.Instruments.Any(i => i.Instrument?.Kind == InstrumentKind.WorkBasedLearning && i.Status == InstrumentStatus.Done)
                ? await documents.ChoicesAsync(plan.Participant.Id, ct) : [],
            Employers = edit ? await employers.ChoicesAsync(ct) : [],
            Today = today,
            Goals = plan.Goals.ToDictionary(g => g.Id, GoalForm.From),
            Instruments = plan.Instruments.ToDictionary(i => i.Id, InstrumentForm.From),
            Statuses = plan.Instruments.ToDictionary(i => i.Id, _ => new StatusForm { Date = today }),
            Certificates = plan.Instruments.ToDictionary(i => i.Id, i => CertificateForm.From(plan.CertificateOf(i.Id), today)),
            Withdrawals = plan.Instruments.ToDictionary(i => i.Id, _ => new WithdrawForm()),
            EnrolmentStatuses = plan.Enrolments.ToDictionary(e => e.Id, _ => new EnrolmentStatusForm { Date = today }),
            Agreements = plan.Agreements.ToDictionary(a => a.Id, AgreementForm.From),
            CostSplit = CostSplitForm.From(plan.Shares),
        };
        keepInput?.Invoke(model);
        return model;
    }
}
