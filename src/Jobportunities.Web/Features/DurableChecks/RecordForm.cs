using Jobportunities.Core.Placements;

namespace Jobportunities.Web.Features.DurableChecks;

public sealed class RecordForm
{
    public DurableOutcome? Outcome { get; set; }

    public DurableEvidence? Evidence { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    public string? Note { get; set; }

    /// <summary>A document of the same participant as evidence (optional).</summary>
    public int? DocumentId { get; set; }
}
