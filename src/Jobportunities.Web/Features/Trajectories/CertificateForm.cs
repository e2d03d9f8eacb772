using Jobportunities.Core.Trajectories;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class CertificateForm
{
    public string? Occupation { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public string? Issuer { get; set; }

    /// <summary>A document of the same participant as evidence (optional).</summary>
    public int? DocumentId { get; set; }

    public static CertificateForm From(WorkBasedLearningCertificate? c, DateOnly today) =>
        c is null ? new CertificateForm { IssuedOn = today } : new CertificateForm { Occupation = c.Occupation, IssuedOn = c.IssuedOn, Issuer = c.Issuer, DocumentId = c.EvidenceDocumentId };

    public CertificateInput ToInput() => new(Occupation!, IssuedOn!.Value, Issuer!, DocumentId);
}
