using Jobportunities.Core.Data;

namespace Jobportunities.Core.Matching;

public enum Attendance
{
    Invited,
    Came,
    DidNotCome,
}

/// <summary>
/// A matching event ("Meedoenplein"): a day and place where invited candidates meet invited
/// employers. Who came is recorded from the day itself; the conversations that followed name a
/// candidate and an employer who were both invited. Placements point back to it (Placement.MatchingEventId).
/// </summary>
public sealed class MatchingEvent : IVersioned, Common.IArchivable
{
    private readonly List<EventCandidate> _candidates = [];
    private readonly List<EventEmployer> _employers = [];
    private readonly List<EventConversation> _conversations = [];

    private MatchingEvent()
    {
    }

    public MatchingEvent(int programmeId, string title, DateOnly date, string place, string? description, string createdByUserId, DateTime createdUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        ProgrammeId = programmeId;
        Title = title.Trim();
        Date = date;
        Place = place.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        CreatedByUserId = createdByUserId;
        CreatedUtc = createdUtc;
    }

    public int Id { get; private set; }

    public int ProgrammeId { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public string Place { get; private set; } = "";

    public string? Description { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public DateTime CreatedUtc { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>Set while archived: out of lists and choices, still shown where history points at it (ADR 0025).</summary>
    public DateTime? ArchivedUtc { get; private set; }

    public bool IsArchived => ArchivedUtc is not null;

    /// <summary>Archives instead of deleting (ADR 0025); returns whether anything changed.</summary>
    public bool Archive(DateTime nowUtc)
    {
        if (IsArchived)
        {
            return false;
        }

        ArchivedUtc = nowUtc;
        NewVersion();
        return true;
    }

    /// <summary>Brings the record back into lists and choices; returns whether anything changed.</summary>
    public bool Restore()
    {
        if (!IsArchived)
        {
            return false;
        }

        ArchivedUtc = null;
        NewVersion();
        return true;
    }

    public IReadOnlyCollection<EventCandidate> Candidates => _candidates;

    public IReadOnlyCollection<EventEmployer> Employers => _employers;

    public IReadOnlyCollection<EventConversation> Conversations => _conversations;

    /// <summary>False when already invited.</summary>
    public bool InviteCandidate(int participantId, string byUserId, DateTime nowUtc)
    {
        if (_candidates.Any(c => c.ParticipantId == participantId))
        {
            return false;
        }

        _candidates.Add(new EventCandidate(participantId, byUserId, nowUtc));
        NewVersion();
        return true;
    }

    public bool InviteEmployer(int employerId, string byUserId, DateTime nowUtc)
    {
        if (_employers.Any(e => e.EmployerId == employerId))
        {
            return false;
        }

        _employers.Add(new EventEmployer(employerId, byUserId, nowUtc));
        NewVersion();
        return true;
    }

    /// <summary>From the day of the event on; false before it or for someone not invited.</summary>
    public bool RecordCandidateAttendance(int participantId, Attendance attendance, DateOnly today)
    {
        var candidate = _candidates.FirstOrDefault(c => c.ParticipantId == participantId);
        if (candidate is null || today < Date)
        {
            return false;
        }

        candidate.Attendance = attendance;
        NewVersion();
        return true;
    }

    public bool RecordEmployerAttendance(int employerId, Attendance attendance, DateOnly today)
    {
        var employer = _employers.FirstOrDefault(e => e.EmployerId == employerId);
        if (employer is null || today < Date)
        {
            return false;
        }

        employer.Attendance = attendance;
        NewVersion();
        return true;
    }

    /// <summary>A conversation that followed, between an invited candidate and an invited employer, from the day of the event on.</summary>
    public EventConversation? RecordConversation(int participantId, int employerId, string outcome, string byUserId, DateTime nowUtc, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        if (today < Date || _candidates.All(c => c.ParticipantId != participantId) || _employers.All(e => e.EmployerId != employerId))
        {
            return null;
        }

        var conversation = new EventConversation(participantId, employerId, outcome, byUserId, nowUtc);
        _conversations.Add(conversation);
        NewVersion();
        return conversation;
    }

    public void NewVersion() => Version = Guid.NewGuid();
}

public sealed class EventCandidate
{
    private EventCandidate()
    {
    }

    internal EventCandidate(int participantId, string invitedByUserId, DateTime invitedUtc)
    {
        ParticipantId = participantId;
        InvitedByUserId = invitedByUserId;
        InvitedUtc = invitedUtc;
    }

    public int Id { get; private set; }

    public int MatchingEventId { get; private set; }

    public int ParticipantId { get; private set; }

    public string InvitedByUserId { get; private set; } = "";

    public DateTime InvitedUtc { get; private set; }

    public Attendance Attendance { get; internal set; }
}

public sealed class EventEmployer
{
    private EventEmployer()
    {
    }

    internal EventEmployer(int employerId, string invitedByUserId, DateTime invitedUtc)
    {
        EmployerId = employerId;
        InvitedByUserId = invitedByUserId;
        InvitedUtc = invitedUtc;
    }

    public int Id { get; private set; }

    public int MatchingEventId { get; private set; }

    public int EmployerId { get; private set; }

    public string InvitedByUserId { get; private set; } = "";

    public DateTime InvitedUtc { get; private set; }

    public Attendance Attendance { get; internal set; }
}

public sealed class EventConversation
{
    private EventConversation()
    {
    }

    internal EventConversation(int participantId, int employerId, string outcome, string recordedByUserId, DateTime recordedUtc)
    {
        ParticipantId = participantId;
        EmployerId = employerId;
        Outcome = outcome.Trim();
        RecordedByUserId = recordedByUserId;
        RecordedUtc = recordedUtc;
    }

    public int Id { get; private set; }

    public int MatchingEventId { get; private set; }

    public int ParticipantId { get; private set; }

    public int EmployerId { get; private set; }

    public string Outcome { get; private set; } = "";

    public string RecordedByUserId { get; private set; } = "";

    public DateTime RecordedUtc { get; private set; }
}
