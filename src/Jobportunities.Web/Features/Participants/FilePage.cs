using Jobportunities.Core.Data;
using Jobportunities.Core.Participants;
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
}

/// <summary>Builds the file page for both controllers of the participant file.</summary>
public sealed class FilePageBuilder(ParticipantFileService files, AppDbContext db, TimeProvider clock)
{
    public const string View = "~/Features/Participants/File.cshtml";

    public async Task<FileViewModel?> BuildAsync(Controller controller, int id, Action<FileViewModel>? keepInput = null, CancellationToken ct = default)
    {
        var user = controller.User.ToStaffUser();
        var file = await files.ReadAsync(user, id, ct);
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
        };
        if (file.Rights.CanAssignCoach)
        {
            model.Coaches = await new Core.Programmes.ProgrammeStaffQueries(db).ActiveCoachesAsync(file.Participant.ProgrammeId, ct);
        }

        keepInput?.Invoke(model);
        return model;
    }
}
