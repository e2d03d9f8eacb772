using Jobportunities.Core.Matching;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Features.IntakeQueue;

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
