using Jobportunities.Core.Trajectories;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class ShareForm
{
    public PayerKind? Payer { get; set; }

    public string? PayerName { get; set; }

    public decimal? Percent { get; set; }

    public bool IsBlank => Payer is null && string.IsNullOrWhiteSpace(PayerName) && Percent is null;
}
