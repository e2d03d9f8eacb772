namespace Jobportunities.Core.Intake;

/// <summary>What a consent is for. Sharing follows the latest record per purpose.</summary>
public enum ConsentPurpose
{
    /// <summary>The privacy statement: required to apply.</summary>
    PrivacyStatement,

    /// <summary>The referrer (UWV, Agentur für Arbeit) may follow the progress.</summary>
    ShareWithReferrer,

    /// <summary>Employers may see the work-relevant profile.</summary>
    ShareWithEmployers,

    ShareWithTrainingProviders,
}

public enum ConsentMethod
{
    Form,
    Signature,
    Verbal,
    PartnerSystem,
    Email,
}

/// <summary>One dated line of the consent ledger: given or withdrawn, how, and by whom recorded.</summary>
public sealed class ConsentRecord
{
    private ConsentRecord()
    {
    }

    public ConsentRecord(int applicationId, ConsentPurpose purpose, bool given, ConsentMethod method, DateTime recordedUtc, string? recordedByUserId, string? note = null, DateOnly? givenOn = null)
    {
        GivenOn = givenOn;
        ApplicationId = applicationId;
        Purpose = purpose;
        Given = given;
        Method = method;
        RecordedUtc = recordedUtc;
        RecordedByUserId = recordedByUserId;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public bool Given { get; private set; }

    public ConsentMethod Method { get; private set; }

    public DateTime RecordedUtc { get; private set; }

    /// <summary>The day the person gave or withdrew it, as the coach recorded it; null for records made at intake (then it is the day of <see cref="RecordedUtc"/>).</summary>
    public DateOnly? GivenOn { get; private set; }

    /// <summary>Null when the candidate gave it themselves on the public form.</summary>
    public string? RecordedByUserId { get; private set; }

    public string? Note { get; private set; }
}

public static class ConsentLedger
{
    /// <summary>The current state per purpose: the latest record wins; no record means not given.</summary>
    public static bool IsGiven(IEnumerable<ConsentRecord> ledger, ConsentPurpose purpose) =>
        ledger.Where(c => c.Purpose == purpose).OrderBy(c => c.RecordedUtc).ThenBy(c => c.Id).LastOrDefault()?.Given ?? false;
}
