namespace Jobportunities.Core.Intake;

/// <summary>
/// The likely-duplicate rule of <see cref="IntakeService"/> applied in memory to a whole upload:
/// the same BSN in the programme, or the same birth date with the same name (case-insensitive) or
/// the same e-mail. The first match by id wins; the upload's own earlier rows count as candidates.
/// </summary>
internal sealed class LikelyDuplicates
{
    private readonly Dictionary<(int Programme, string Hash), Candidate> _byHash = [];
    private readonly Dictionary<(int Programme, DateOnly BirthDate), List<Candidate>> _byBirthDate = [];
    private readonly Dictionary<Application, Candidate> _pending = new(ReferenceEqualityComparer.Instance);

    /// <summary>An existing application (its id) or a new one of this upload (its id once stored).</summary>
    internal sealed class Candidate(int id, Application? pending, string givenName, string familyName, string? email)
    {
        public int Id => pending?.Id ?? id;

        public bool IsStored => Id > 0;

        /// <summary>A new application that was not stored after all (its chunk went row by row).</summary>
        public bool IsWithdrawn { get; set; }

        public bool SameNameOrEmail(string given, string family, string? mail) =>
            (string.Equals(givenName, given, StringComparison.OrdinalIgnoreCase) && string.Equals(familyName, family, StringComparison.OrdinalIgnoreCase))
            || (mail is not null && mail == email);
    }

    /// <summary>Existing applications, added in id order.</summary>
    public void AddExisting(int id, int programmeId, DateOnly birthDate, string givenName, string familyName, string? email, string? bsnHash) =>
        Add(new Candidate(id, null, givenName, familyName, email), programmeId, birthDate, bsnHash);

    /// <summary>The earliest likely duplicate of <paramref name="application"/>; then it becomes a candidate itself.</summary>
    public Candidate? FindAndAdd(Application application)
    {
        Candidate? found = null;
        if (application.BsnHash is { } hash)
        {
            _byHash.TryGetValue((application.ProgrammeId, hash), out found);
            found = found is { IsWithdrawn: true } ? null : found;
        }

        if (found is null && _byBirthDate.TryGetValue((application.ProgrammeId, application.BirthDate), out var sameDay))
        {
            found = sameDay.FirstOrDefault(c => !c.IsWithdrawn && c.SameNameOrEmail(application.GivenName, application.FamilyName, application.Email));
        }

        var candidate = new Candidate(0, application, application.GivenName, application.FamilyName, application.Email);
        _pending[application] = candidate;
        Add(candidate, application.ProgrammeId, application.BirthDate, application.BsnHash);
        return found;
    }

    /// <summary>These new applications were not stored: they are no longer candidates.</summary>
    public void Withdraw(IEnumerable<Application> applications)
    {
        foreach (var application in applications)
        {
            if (_pending.Remove(application, out var candidate))
            {
                candidate.IsWithdrawn = true;
            }
        }
    }

    private void Add(Candidate candidate, int programmeId, DateOnly birthDate, string? bsnHash)
    {
        if (bsnHash is not null)
        {
            _byHash.TryAdd((programmeId, bsnHash), candidate);
        }

        if (!_byBirthDate.TryGetValue((programmeId, birthDate), out var list))
        {
            _byBirthDate[(programmeId, birthDate)] = list = [];
        }

        list.Add(candidate);
    }
}
