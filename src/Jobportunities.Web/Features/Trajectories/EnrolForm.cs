namespace Jobportunities.Web.Features.Trajectories;

public sealed class EnrolForm
{
    public int? RunId { get; set; }
}
