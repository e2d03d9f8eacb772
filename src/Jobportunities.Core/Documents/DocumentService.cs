using System.Security.Cryptography;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Documents;

/// <summary>
/// Documents on a participant's file (docs/roles-and-rights.md, "Documents"): the own coach and a
/// stand-in upload, list and download; the own coach deletes, a stand-in only what they uploaded
/// themselves; a document that is evidence of a durable check or a Verklaring Praktijkleren is not
/// deleted. Leads and advisers who may read parts of the file are refused (403); everyone else does
/// not find it (404). Every list, download, upload and delete is in the audit log, without file names.
/// </summary>
public sealed class DocumentService(AppDbContext db, ParticipantAccess access, IDocumentStore store, AuditLog audit, DocumentLimits limits, TimeProvider clock)
{
    public const string ObjectType = "Participant.Document";

    public const string IsEvidence = "IsEvidence";

    public async Task<Result<DocumentList>> ListAsync(StaffUser user, int participantId, CancellationToken ct = default)
    {
        var (outcome, participant, _) = await OpenAsync(user, participantId, AuditAction.Read, "list", ct);
        if (participant is null)
        {
            return outcome == Outcome.Refused ? Result<DocumentList>.Refused("NotAllowed") : Result<DocumentList>.NotFound();
        }

        var owner = participant.CoachId == user.Id;
        var rows = await db.Documents.AsNoTracking().Where(d => d.ParticipantId == participantId)
            .OrderByDescending(d => d.UploadedUtc).ThenByDescending(d => d.Id)
            .Select(d => new DocumentRow(d.Id, d.Kind, d.FileName, d.ContentType, d.SizeBytes,
                db.Users.Where(u => u.Id == d.UploadedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                d.UploadedUtc,
                db.DurableChecks.Any(c => c.EvidenceDocumentId == d.Id) || db.WorkBasedLearningCertificates.Any(c => c.EvidenceDocumentId == d.Id),
                owner || d.UploadedByUserId == user.Id))
            .ToListAsync(ct);
        await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, participantId, detail: "list:kind,name,size,uploaded", ct: ct);
        return Result<DocumentList>.Ok(new DocumentList(participant.Id, participant.FullName, participant.IsAnonymised, rows));
    }

    /// <summary>The participant's documents to choose from as evidence; metadata only, for pages that already checked the file's rights.</summary>
    public async Task<IReadOnlyList<DocumentChoice>> ChoicesAsync(int participantId, CancellationToken ct = default) =>
        await db.Documents.AsNoTracking().Where(d => d.ParticipantId == participantId)
            .OrderByDescending(d => d.UploadedUtc).ThenByDescending(d => d.Id)
            .Select(d => new DocumentChoice(d.Id, d.Kind, d.FileName, d.UploadedUtc)).ToListAsync(ct);

    /// <summary>Whether the document exists and belongs to this participant (evidence must be of the same person).</summary>
    public Task<bool> BelongsToAsync(int documentId, int participantId, CancellationToken ct = default) =>
        db.Documents.AnyAsync(d => d.Id == documentId && d.ParticipantId == participantId, ct);

    /// <summary>Checks the bytes and keeps them; the same file under the same type again (a second click) gives the one already kept.</summary>
    public async Task<Result<int>> UploadAsync(StaffUser user, int participantId, DocumentUpload upload, CancellationToken ct = default)
    {
        var (outcome, participant, _) = await OpenAsync(user, participantId, AuditAction.Create, "upload", ct);
        if (participant is null)
        {
            return outcome == Outcome.Refused ? Result<int>.Refused("NotAllowed") : Result<int>.NotFound();
        }

        var (type, problem) = DocumentRules.Check(upload.Content, limits.MaxBytes);
        if (type is null)
        {
            return Result<int>.Invalid(problem!);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
        var existing = await db.Documents.AsNoTracking().Where(d => d.ParticipantId == participantId && d.Sha256 == hash && d.Kind == upload.Kind)
            .Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return Result<int>.Ok(id);
        }

        var document = new Document(participantId, upload.Kind, DocumentRules.SafeFileName(upload.FileName, type), type.ContentType, upload.Content.LongLength, hash, user.Id, clock.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await store.SaveAsync(document.ContentKey, upload.Content, ct);
        db.Documents.Add(document);
        audit.Add(user.Id, AuditAction.Create, ObjectType, participantId, detail: $"upload:{upload.Kind},{type.Name},{upload.Content.Length}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(document.Id);
    }

    /// <summary>The bytes to download, with the sanitised name and the detected type; every download is audited.</summary>
    public async Task<Result<DocumentDownload>> DownloadAsync(StaffUser user, int participantId, int documentId, CancellationToken ct = default)
    {
        var what = "download:" + documentId;
        var (outcome, participant, _) = await OpenAsync(user, participantId, AuditAction.Read, what, ct);
        if (participant is null)
        {
            return outcome == Outcome.Refused ? Result<DocumentDownload>.Refused("NotAllowed") : Result<DocumentDownload>.NotFound();
        }

        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.ParticipantId == participantId, ct);
        var content = document is null ? null : await store.OpenAsync(document.ContentKey, ct);
        if (document is null || content is null)
        {
            await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, participantId, AuditResult.NotFound, what, ct);
            return Result<DocumentDownload>.NotFound();
        }

        await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, participantId, detail: $"{what}:{document.Kind}", ct: ct);
        return Result<DocumentDownload>.Ok(new DocumentDownload(document.FileName, document.ContentType, content));
    }

    /// <summary>Deletes metadata and bytes; refused for a stand-in's delete of someone else's upload, invalid while the document is evidence.</summary>
    public async Task<Result<int>> DeleteAsync(StaffUser user, int participantId, int documentId, CancellationToken ct = default)
    {
        var what = "delete:" + documentId;
        var (outcome, participant, _) = await OpenAsync(user, participantId, AuditAction.Delete, what, ct);
        if (participant is null)
        {
            return outcome == Outcome.Refused ? Result<int>.Refused("NotAllowed") : Result<int>.NotFound();
        }

        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId && d.ParticipantId == participantId, ct);
        if (document is null)
        {
            await audit.WriteAsync(user.Id, AuditAction.Delete, ObjectType, participantId, AuditResult.NotFound, what, ct);
            return Result<int>.NotFound();
        }

        if (participant.CoachId != user.Id && document.UploadedByUserId != user.Id)
        {
            await audit.WriteAsync(user.Id, AuditAction.Delete, ObjectType, participantId, AuditResult.Denied, what, ct);
            return Result<int>.Refused("NotAllowed");
        }

        if (await db.DurableChecks.AnyAsync(c => c.EvidenceDocumentId == documentId, ct) || await db.WorkBasedLearningCertificates.AnyAsync(c => c.EvidenceDocumentId == documentId, ct))
        {
            return Result<int>.Invalid(IsEvidence);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Documents.Remove(document);
        audit.Add(user.Id, AuditAction.Delete, ObjectType, participantId, detail: $"{what}:{document.Kind}");
        await db.SaveChangesAsync(ct);
        await store.DeleteAsync([document.ContentKey], ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(documentId);
    }

    /// <summary>The own coach and a stand-in keep the documents; others who may read the file are refused, the rest do not find it.</summary>
    private Task<Result<Participant>> OpenAsync(StaffUser user, int participantId, AuditAction action, string what, CancellationToken ct) =>
        access.OpenForKeeperAsync(user, db.Participants.AsNoTracking(), participantId,
            result => audit.WriteAsync(user.Id, action, ObjectType, participantId, result, what, ct), ct: ct);
}
