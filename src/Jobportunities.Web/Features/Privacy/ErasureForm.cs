namespace Jobportunities.Web.Features.Privacy;

public sealed class ErasureForm
{
    public string? ErasureReason { get; set; }

    public bool DurableCheckImpossible { get; set; }
}
