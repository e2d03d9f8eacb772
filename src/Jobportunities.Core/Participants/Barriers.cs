namespace Jobportunities.Core.Participants;

public enum BarrierKind
{
    Health,
    Debts,
    Literacy,
    Language,
    Loneliness,
    Confidence,
    CareDuties,
    Transport,
    DigitalSkills,
}

public enum AssessmentMoment
{
    Intake,
    Review,
    Exit,
}

/// <summary>
/// Barriers rated at intake, at each review and at exit: 0 none, 1 light, 2 considerable,
/// 3 severe. Health is special-category data: the rating and the functional limitations are
/// shown to the participant's own coach only, and never written to the audit log.
/// </summary>
public sealed class BarrierAssessment
{
    private readonly List<BarrierRating> _ratings = [];

    private BarrierAssessment()
    {
    }

    public BarrierAssessment(int participantId, AssessmentMoment moment, DateOnly date, IReadOnlyDictionary<BarrierKind, int> ratings, string? functionalLimitations, string byUserId)
    {
        ParticipantId = participantId;
        Moment = moment;
        Date = date;
        ByUserId = byUserId;
        FunctionalLimitations = string.IsNullOrWhiteSpace(functionalLimitations) ? null : functionalLimitations.Trim();
        foreach (var (kind, severity) in ratings)
        {
            if (severity is < 0 or > 3)
            {
                throw new ArgumentOutOfRangeException(nameof(ratings), "A barrier is rated 0 to 3.");
            }

            _ratings.Add(new BarrierRating(kind, severity));
        }
    }

    /// <summary>A read-only copy for someone who may not see health: without the health rating and the limitations.</summary>
    public static BarrierAssessment WithoutHealth(int id, int participantId, AssessmentMoment moment, DateOnly date, IReadOnlyDictionary<BarrierKind, int> ratings, string byUserId)
    {
        var copy = new BarrierAssessment(participantId, moment, date, ratings.Where(r => r.Key != BarrierKind.Health).ToDictionary(), null, byUserId) { Id = id };
        return copy;
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public AssessmentMoment Moment { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>Health as functional limitations ("cannot lift more than 10 kg"), never a diagnosis.</summary>
    public string? FunctionalLimitations { get; private set; }

    public string ByUserId { get; private set; } = "";

    public IReadOnlyCollection<BarrierRating> Ratings => _ratings;

    public int SeverityOf(BarrierKind kind) => _ratings.FirstOrDefault(r => r.Kind == kind)?.Severity ?? 0;
}

public sealed class BarrierRating
{
    private BarrierRating()
    {
    }

    internal BarrierRating(BarrierKind kind, int severity)
    {
        Kind = kind;
        Severity = severity;
    }

    public int Id { get; private set; }

    public int BarrierAssessmentId { get; private set; }

    public BarrierKind Kind { get; private set; }

    public int Severity { get; private set; }
}
