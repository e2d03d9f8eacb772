namespace Jobportunities.Web.Features.Participants;

public sealed class CoachForm
{
    public string? CoachId { get; set; }
}
