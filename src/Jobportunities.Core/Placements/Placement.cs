using Jobportunities.Core.Data;
using Jobportunities.Core.Organisations;

namespace Jobportunities.Core.Placements;

/// <summary>A start of a job or training: who, where, what kind, hours, from when and until when.</summary>
public sealed class Placement : IVersioned
{
    private Placement()
    {
    }

    public Placement(int participantId, int employerId, int? vacancyId, PlacementKind kind, ContractType contractType, decimal hoursPerWeek, string country, DateOnly startDate, string recordedByUserId, DateTime createdUtc)
    {
        if (hoursPerWeek is <= 0 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(hoursPerWeek), "Hours per week are more than 0 and at most 60.");
        }

        ParticipantId = participantId;
        EmployerId = employerId;
        VacancyId = vacancyId;
        Kind = kind;
        ContractType = contractType;
        HoursPerWeek = hoursPerWeek;
        Country = Countries.Normalise(country);
        StartDate = startDate;
        RecordedByUserId = recordedByUserId;
        CreatedUtc = createdUtc;
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public int EmployerId { get; private set; }

    public Employers.Employer? Employer { get; private set; }

    public int? VacancyId { get; private set; }

    /// <summary>The matching event (Meedoenplein) the placement came from, if any.</summary>
    public int? MatchingEventId { get; private set; }

    public PlacementKind Kind { get; private set; }

    public ContractType ContractType { get; private set; }

    public decimal HoursPerWeek { get; private set; }

    public string Country { get; private set; } = Countries.Netherlands;

    public DateOnly StartDate { get; private set; }

    /// <summary>The last working day; null while it goes on.</summary>
    public DateOnly? EndDate { get; private set; }

    public PlacementEndReason? EndReason { get; private set; }

    public string RecordedByUserId { get; private set; } = "";

    public DateTime CreatedUtc { get; private set; }

    public Guid Version { get; private set; }

    public Period Period => new(StartDate, EndDate);

    public void LinkMatchingEvent(int? matchingEventId) => MatchingEventId = matchingEventId;

    /// <summary>Ends the placement; an end before the start is refused.</summary>
    public bool End(DateOnly endDate, PlacementEndReason reason)
    {
        if (endDate < StartDate)
        {
            return false;
        }

        EndDate = endDate;
        EndReason = reason;
        NewVersion();
        return true;
    }

    public void NewVersion() => Version = Guid.NewGuid();
}
