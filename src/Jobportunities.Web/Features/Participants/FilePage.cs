using Jobportunities.Core.Intake;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Features.IntakeQueue;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Participants;

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
