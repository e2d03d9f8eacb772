using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Participants;

public enum CaseloadSort
{
    Name,
    Phase,
    LastContact,
    NextAction,
}

public sealed record CaseloadQuery(
    string? Search = null,
    Phase? Phase = null,
    int? ProgrammeId = null,
    string? CoachId = null,
    CaseloadSort Sort = CaseloadSort.Name,
    bool Descending = false,
    int Page = 1,
    bool IncludeExited = false);

public sealed record CaseloadRow(
    int Id,
    string Reference,
    string Name,
    string ProgrammeName,
    string CoachName,
    Phase Phase,
    DateOnly? LastContactDate,
    string? NextAction,
    DateOnly? NextActionDate,
    int? LadderStep,
    DateOnly? NextCheckDue,
    bool CheckNeedsAttention);

public sealed record CaseloadPage(IReadOnlyList<CaseloadRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The caseload: a coach's own participants and those of colleagues they stand in for; a lead's
/// participants of the programmes they lead. Search, filter, sort and page in the database.
/// </summary>
public sealed class CaseloadService(AppDbContext db, ParticipantAccess access, Audit.AuditLog audit)
{
    public const int PageSize = 25;

    public async Task<CaseloadPage> SearchAsync(StaffUser user, CaseloadQuery query, CancellationToken ct = default)
    {
        var participants = await InReachAsync(user, ct);
        if (!query.IncludeExited && query.Phase is null)
        {
            participants = participants.Where(p => p.Phase != Phase.Exited);
        }

        if (query.Phase is { } phase)
        {
            participants = participants.Where(p => p.Phase == phase);
        }

        if (query.ProgrammeId is { } programmeId)
        {
            participants = participants.Where(p => p.ProgrammeId == programmeId);
        }

        if (!string.IsNullOrWhiteSpace(query.CoachId))
        {
            participants = participants.Where(p => p.CoachId == query.CoachId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var upper = term.ToUpperInvariant();
            participants = participants.Where(p => p.Reference == upper || p.FamilyName.StartsWith(term) || p.GivenName.StartsWith(term)
                || (p.GivenName + " " + p.FamilyName).Contains(term));
        }

        participants = (query.Sort, query.Descending) switch
        {
            (CaseloadSort.Phase, false) => participants.OrderBy(p => p.Phase).ThenBy(p => p.FamilyName),
            (CaseloadSort.Phase, true) => participants.OrderByDescending(p => p.Phase).ThenBy(p => p.FamilyName),
            (CaseloadSort.LastContact, false) => participants.OrderBy(p => p.LastContactDate).ThenBy(p => p.FamilyName),
            (CaseloadSort.LastContact, true) => participants.OrderByDescending(p => p.LastContactDate).ThenBy(p => p.FamilyName),
            (CaseloadSort.NextAction, false) => participants.OrderBy(p => p.NextActionDate == null).ThenBy(p => p.NextActionDate).ThenBy(p => p.FamilyName),
            (CaseloadSort.NextAction, true) => participants.OrderByDescending(p => p.NextActionDate).ThenBy(p => p.FamilyName),
            (_, true) => participants.OrderByDescending(p => p.FamilyName).ThenByDescending(p => p.GivenName),
            _ => participants.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName),
        };

        var total = await participants.CountAsync(ct);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await participants
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new CaseloadRow(p.Id, p.Reference, p.GivenName + " " + p.FamilyName, p.Programme!.Name, p.Coach!.DisplayName,
                p.Phase, p.LastContactDate, p.NextAction, p.NextActionDate, p.LadderStep,
                db.DurableChecks.Where(c => c.ParticipantId == p.Id && c.Outcome == null && c.State != Placements.DurableState.NotDurable).Min(c => (DateOnly?)c.DueDate),
                db.DurableChecks.Any(c => c.ParticipantId == p.Id && c.Outcome == null && (c.State == Placements.DurableState.Due || c.State == Placements.DurableState.Overdue))))
            .ToListAsync(ct);

        // A list of people is a read of personal data too (BIO 2): which list, how many rows, never the search text.
        await audit.WriteAsync(user.Id, Audit.AuditAction.Read, Audit.AuditObjects.Caseload, "list", detail: $"name,programme,coach,phase,next-action;rows={rows.Count}", ct: ct);
        return new CaseloadPage(rows, total, page, PageSize);
    }

    private async Task<IQueryable<Participant>> InReachAsync(StaffUser user, CancellationToken ct)
    {
        var own = user.IsInRole(Roles.Coach) ? await access.CaseloadCoachIdsAsync(user.Id, ct) : [];
        if (!user.IsInRole(Roles.ProgrammeLead))
        {
            // A coach: an index search by coach id, never an OR with a correlated EXISTS, which made
            // SQLite read every participant of the database (docs/performance.md).
            return db.Participants.AsNoTracking().Where(p => own.Contains(p.CoachId));
        }

        var userId = user.Id;
        var memberOf = db.ProgrammeMembers.Where(m => m.UserId == userId).Select(m => m.ProgrammeId);
        return db.Participants.AsNoTracking().Where(p => own.Contains(p.CoachId) || memberOf.Contains(p.ProgrammeId));
    }
}
