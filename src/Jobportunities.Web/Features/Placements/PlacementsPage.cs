using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;

namespace Jobportunities.Web.Features.Placements;

public sealed record PlacementsPage(
    Participant Participant,
    FileRights Rights,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<DurableCheck> Checks,
    IReadOnlyList<(int Id, string Name)> Employers,
    PlacementForm Form,
    EndForm End);
