using Jobportunities.Core.Participants;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// THE re-entry rule of the ESF+ export: a person who comes back counts once. A person is
/// identified by name and birth date: given and family name together, in lower case, without
/// spaces, hyphens, apostrophes and dots, plus the birth date. "Anna-Marie de Vries" and
/// "Annamarie De Vries", both born 3 May 1990, are one person. The entry profile counts from
/// the first participation; the leaving status from the last one, and only when that one has
/// ended (docs/reporting.md). One GROUP BY in the database.
/// Once a participation is anonymised, its name is gone: the anonymisation gives it and the
/// person's other participations one random <see cref="Participant.ReEntryKey"/>, and a
/// participation with a key is identified by that key instead.
/// </summary>
public static class ReEntryRule
{
    public static IQueryable<PersonParticipations> ByPerson(IQueryable<Participant> participants) =>
        participants
            .GroupBy(p => new
            {
                Name = p.ReEntryKey ?? (p.GivenName + p.FamilyName).ToLower().Replace(" ", "").Replace("-", "").Replace("'", "").Replace(".", ""),
                BirthDate = p.ReEntryKey == null ? (DateOnly?)p.BirthDate : null,
            })
            .Select(g => new PersonParticipations { First = g.Min(p => p.Id), Last = g.Max(p => p.Id) });

    /// <summary>The name part of a participation's person key, as the database computes it.</summary>
    public static IQueryable<string> NameKeys(IQueryable<Participant> participants) =>
        participants.Select(p => (p.GivenName + p.FamilyName).ToLower().Replace(" ", "").Replace("-", "").Replace("'", "").Replace(".", ""));

    /// <summary>The participations without a key that the rule counts as the person with this name key and birth date.</summary>
    public static IQueryable<Participant> SamePersonWithoutKey(IQueryable<Participant> participants, string nameKey, DateOnly birthDate) =>
        participants.Where(p => p.ReEntryKey == null && p.BirthDate == birthDate
            && (p.GivenName + p.FamilyName).ToLower().Replace(" ", "").Replace("-", "").Replace("'", "").Replace(".", "") == nameKey);

    /// <summary>The participant ids that count for the entry indicators: each person's first participation.</summary>
    public static IQueryable<int> FirstParticipationIds(IQueryable<Participant> participants) => ByPerson(participants).Select(x => x.First);

    /// <summary>The participant ids that count for the leaving indicators: each person's last participation.</summary>
    public static IQueryable<int> LastParticipationIds(IQueryable<Participant> participants) => ByPerson(participants).Select(x => x.Last);
}
