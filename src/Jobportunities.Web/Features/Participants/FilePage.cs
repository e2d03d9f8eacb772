using Jobportunities.Core.Intake;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Features.IntakeQueue;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Participants;

public sealed class FileViewModel
{
    public required ParticipantFile File { get; init; }

    public ProfileForm Profile { get; set; } = new();

    public WorkForm Work { get; set; } = new();

    public PhaseForm Phase { get; set; } = new();

    public ContactForm Contact { get; set; } = new();

    public LadderForm Ladder { get; set; } = new();

    public BarrierForm Barrier { get; set; } = new();

    public ScanItemForm Scan { get; set; } = new();

    public CoachForm Coach { get; set; } = new();

    /// <summary>Set when a save was refused because someone else saved first: what is saved now.</summary>
    public ProfileForm? SavedProfile { get; set; }

    public IReadOnlyList<(string Id, string Name)> Coaches { get; set; } = [];

    /// <summary>The BSN line (own coach and stand-in), read with the file.</summary>
    public BsnBlock? Bsn { get; set; }

    /// <summary>The vacancies the participant was proposed for (those who see the work profile).</summary>
    public IReadOnlyList<ParticipantProposalRow> Proposals { get; set; } = [];

    /// <summary>The coaching plan in short (own coach and stand-in).</summary>
    public CoachingPlan? Plan { get; set; }

    /// <summary>The section whose edit page this is (<see cref="FileSections"/>); null on the file itself.</summary>
    public string? Editing { get; init; }
}

/// <summary>The sections of the file that have an edit page of their own (GET participants/{id}/{section}/edit).</summary>
public static class FileSections
{
    public const string Profile = "profile";
    public const string Phase = "phase";
    public const string Scan = "scan";
    public const string Ladder = "ladder";
    public const string Barriers = "barriers";

    /// <summary>The section's heading key and the partial with its form.</summary>
    public static (string HeadingKey, string Form) Of(string section) => section switch
    {
        Profile => ("File.Profile", "~/Features/Participants/_ProfileForm.cshtml"),
        Phase => ("File.Phase", "~/Features/Participants/_PhaseForm.cshtml"),
        Scan => ("File.Scan", "~/Features/Participants/_ScanForm.cshtml"),
        Ladder => ("File.Ladder", "~/Features/Participants/_LadderForm.cshtml"),
        Barriers => ("File.Barriers", "~/Features/Participants/_BarriersForm.cshtml"),
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };
}

/// <summary>
/// Builds the file page and the section edit pages for the controllers of the participant file: the file
/// is read once (participant, relation and rights in one query) and the summary, plan summary, proposals
/// and BSN are read for the participant and rights it found; one audit row for the page view names
/// every section read (an edit page adds "edit:" and its section).
/// </summary>
public sealed class FilePageBuilder(ParticipantFileService files, CoachingPlanService plans, ProposalService proposals, BsnService bsn, ProgrammeStaffQueries staff, TimeProvider clock)
{
    public const string View = "~/Features/Participants/File.cshtml";
    public const string EditView = "~/Features/Participants/Edit.cshtml";

    public Task<FileViewModel?> BuildAsync(Controller controller, int id, Action<FileViewModel>? keepInput = null, CancellationToken ct = default) =>
        BuildAsync(controller, id, null, keepInput, ct);

    /// <summary>The edit page of one section: the file without the summary, plan and proposals.</summary>
    public Task<FileViewModel?> BuildEditAsync(Controller controller, int id, string section, Action<FileViewModel>? keepInput = null, CancellationToken ct = default) =>
        BuildAsync(controller, id, section, keepInput, ct);

    private async Task<FileViewModel?> BuildAsync(Controller controller, int id, string? editing, Action<FileViewModel>? keepInput, CancellationToken ct)
    {
        var user = controller.User.ToStaffUser();
        CoachingPlan? plan = null;
        IReadOnlyList<ParticipantProposalRow> proposed = [];
        var file = await files.ReadAsync(user, id, async (participant, rights) =>
        {
            if (editing is not null)
            {
                return "edit:" + editing;
            }

            // As the page shows them: the plan to those who may edit the file, proposals with the work profile.
            plan = rights.CanEdit ? await plans.ReadSummaryForFileAsync(user, participant, rights, ct) : null;
            proposed = await proposals.ForFileAsync(user, participant.Id, rights, ct);
            return plan is null ? null : "plan";
        }, withSummary: editing is null, ct);
        if (file is null)
        {
            return null;
        }

        var today = Core.Common.Clock.Today(clock);
        var model = new FileViewModel
        {
            File = file,
            Profile = ProfileForm.From(file.Participant),
            Work = WorkForm.From(file.Participant),
            Contact = new ContactForm { Date = today },
            Ladder = new LadderForm { Date = today, Step = file.Participant.LadderStep },
            Barrier = new BarrierForm { Date = today, Moment = file.Barriers.Count == 0 ? AssessmentMoment.Intake : AssessmentMoment.Review },
            Coach = new CoachForm { CoachId = file.Participant.CoachId },
            Plan = plan,
            Proposals = proposed,
            Editing = editing,
        };
        if (file.Rights.CanEdit && bsn.ForFile(file, BsnController.TakeShow(controller.TempData, BsnController.ShowParticipantKey, id)) is { } shown)
        {
            model.Bsn = new BsnBlock(shown, $"/participants/{id}/bsn");
        }

        if (file.Rights.CanAssignCoach && editing is null)
        {
            model.Coaches = await staff.ActiveCoachesAsync(file.Participant.ProgrammeId, ct);
        }

        keepInput?.Invoke(model);
        return model;
    }
}

/// <summary>A section's heading and, for those who may edit it, the link to its edit page.</summary>
public sealed record SectionHeading(string Section, string HeadingKey, string? EditUrl)
{
    public static SectionHeading For(FileViewModel model, string section, bool editable = true) =>
        new(section, FileSections.Of(section).HeadingKey, model.File.Rights.CanEdit && editable ? $"/participants/{model.File.Participant.Id}/{section}/edit" : null);
}
