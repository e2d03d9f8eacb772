using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Participants;

/// <summary>The ESF+ answers of one participant as the indicators page shows them.</summary>
public sealed record IndicatorAnswersView(int ParticipantId, string Name, string Reference, IndicatorAnswers Answers, bool LongTermUnemployed, Guid Version);

/// <summary>
/// The own coach reads and corrects the ESF+ answers (labour-market status, without work since,
/// the voluntary questions). Disability and minority are special-category data, so the rule of
/// health applies to the whole set: only who sees health (the own coach) opens it; others who may
/// read the file are refused, the rest do not find it. Reads and changes are audited as
/// "Participant.Indicators", without the answers.
/// </summary>
public sealed class IndicatorAnswerService(AppDbContext db, ParticipantAccess access, AuditLog audit)
{
    public const string ObjectType = "Participant.Indicators";

    public async Task<Result<IndicatorAnswersView>> ReadAsync(StaffUser user, int participantId, CancellationToken ct = default)
    {
        var (outcome, participant, _) = await OpenAsync(user, participantId, AuditAction.Read, ct);
        if (participant is null)
        {
            return outcome == Outcome.Refused ? Result<IndicatorAnswersView>.Refused("NotAllowed") : Result<IndicatorAnswersView>.NotFound();
        }

        await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, participantId, detail: "indicators", ct: ct);
        return Result<IndicatorAnswersView>.Ok(new IndicatorAnswersView(participant.Id, participant.FullName, participant.Reference,
            participant.Indicators, participant.LongTermUnemployedAtEntry, participant.Version));
    }

    /// <summary>Stores the answers; the same answers again (a second click) change nothing.</summary>
    public async Task<Result<int>> SaveAsync(StaffUser user, int participantId, IndicatorAnswers answers, CancellationToken ct = default)
    {
        var (outcome, participant, _) = await OpenAsync(user, participantId, AuditAction.Update, ct, tracked: true);
        if (participant is null)
        {
            return outcome == Outcome.Refused ? Result<int>.Refused("NotAllowed") : Result<int>.NotFound();
        }

        if (participant.Indicators == answers)
        {
            return Result<int>.Ok(participant.Id);
        }

        participant.RecordIndicators(answers);
        audit.Add(user.Id, AuditAction.Update, ObjectType, participantId, detail: "indicators");
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(participant.Id);
    }

    /// <summary>Only who sees health (the own coach) opens the answers; others who may read the file are refused, the rest do not find it.</summary>
    private Task<Result<Participant>> OpenAsync(StaffUser user, int participantId, AuditAction action, CancellationToken ct, bool tracked = false) =>
        access.OpenForKeeperAsync(user, (tracked ? db.Participants : db.Participants.AsNoTracking()).Where(p => p.AnonymisedOn == null), participantId,
            result => audit.WriteAsync(user.Id, action, ObjectType, participantId, result, "indicators", ct), needsHealth: true, ct: ct);
}
