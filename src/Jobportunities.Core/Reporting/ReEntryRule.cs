using Jobportunities.Core.Participants;

namespace Jobportunities.Core.Reporting;

/// <summary>A person's first and last participation in a programme (participant ids).</summary>
public sealed class PersonParticipations
{
    public int First { get; init; }

    public int Last { get; init; }
}

/// <summary>
/// THE re-entry rule of the ESF+ export: a person who comes back counts once. A person is
/// identified by name and birth date: given and family name together, in lower case, without
/// spaces, hyphens, apostrophes and dots, plus the birth date. "Anna-Marie de Vries" and
/// "Annamarie De Vries", both born 3 May 1990, are one person. The entry profile counts from
/// the first participation; the leaving status from the last one, and only when that one has
/// ended (docs/reporting.md). One GROUP BY in the database.
/// </summary>
public static class ReEntryRule
{
    public static IQueryable<PersonParticipations> ByPerson(IQueryable<Participant> participants) =>
        participants
            .GroupBy(p => new
            {
                Name = (p.GivenName + p.FamilyName).ToLower().Replace(" ", "").Replace("-", "").Replace("'", "").Replace(".", ""),
                p.BirthDate,
            })
            .Select(g => new PersonParticipations { First = g.Min(p => p.Id), Last = g.Max(p => p.Id) });

    /// <summary>The participant ids that count for the entry indicators: each person's first participation.</summary>
    public static IQueryable<int> FirstParticipationIds(IQueryable<Participant> participants) => ByPerson(participants).Select(x => x.First);

    /// <summary>The participant ids that count for the leaving indicators: each person's last participation.</summary>
    public static IQueryable<int> LastParticipationIds(IQueryable<Participant> participants) => ByPerson(participants).Select(x => x.Last);
}
