namespace Jobportunities.Core.Audit;

/// <summary>
/// One line of the audit log (BIO2 8.15.01): action, object, result, origin, actor and time.
/// Written for every read and change of a participant file; it names changed fields, never
/// their values, so it holds no special-category content. There is no way to edit it in the app.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTime atUtc, string actorUserId, AuditAction action, string objectType, string objectId, AuditResult result, string origin, string? detail)
    {
        AtUtc = atUtc;
        ActorUserId = actorUserId;
        Action = action;
        ObjectType = objectType;
        ObjectId = objectId;
        Result = result;
        Origin = origin;
        Detail = detail is { Length: > 500 } ? detail[..500] : detail;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ActorUserId { get; private set; } = "";

    public AuditAction Action { get; private set; }

    /// <summary>E.g. "Participant", "Participant.Contact".</summary>
    public string ObjectType { get; private set; } = "";

    public string ObjectId { get; private set; } = "";

    public AuditResult Result { get; private set; }

    /// <summary>Where the request came from: the client address and the route, no query string.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>Names of changed fields or of the section read; never values.</summary>
    public string? Detail { get; private set; }
}
