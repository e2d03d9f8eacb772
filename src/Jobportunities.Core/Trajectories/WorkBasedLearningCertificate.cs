namespace Jobportunities.Core.Trajectories;

/// <summary>What the coach records; the evidence is an optional document of the same participant.</summary>
public sealed record CertificateInput(string Occupation, DateOnly IssuedOn, string Issuer, int? EvidenceDocumentId = null);

/// <summary>
/// A Verklaring Praktijkleren (Praxisnachweis): recognition of the skills learned in a
/// completed praktijkleren plan instrument, without a diploma. One per plan instrument; counted in reports by
/// programme, date and occupation.
/// </summary>
public sealed class WorkBasedLearningCertificate
{
    private WorkBasedLearningCertificate()
    {
    }

    public WorkBasedLearningCertificate(int participantId, int planInstrumentId, CertificateInput input, string recordedByUserId, DateTime recordedUtc)
    {
        ParticipantId = participantId;
        PlanInstrumentId = planInstrumentId;
        RecordedByUserId = recordedByUserId;
        RecordedUtc = recordedUtc;
        Update(input);
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public int PlanInstrumentId { get; private set; }

    /// <summary>The occupation (beroep) the certificate is for, e.g. "Medewerker logistiek".</summary>
    public string Occupation { get; private set; } = "";

    public DateOnly IssuedOn { get; private set; }

    /// <summary>Who issued it, e.g. the SBB-recognised learning company or school.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>The certificate itself as a document on the file, when kept there (same participant).</summary>
    public int? EvidenceDocumentId { get; private set; }

    public string RecordedByUserId { get; private set; } = "";

    public DateTime RecordedUtc { get; private set; }

    public void Update(CertificateInput input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Occupation);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Issuer);
        Occupation = input.Occupation.Trim();
        IssuedOn = input.IssuedOn;
        Issuer = input.Issuer.Trim();
        EvidenceDocumentId = input.EvidenceDocumentId;
    }
}
