namespace Jobportunities.Web.Features.Trajectories;

/// <summary>Withdrawing a plan item added by mistake: the reason is required and stays in the plan's history.</summary>
public sealed class WithdrawForm
{
    public string? Reason { get; set; }
}
