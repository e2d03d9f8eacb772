namespace Jobportunities.Web.Features.Participants;

public sealed class LadderForm
{
    public int? Step { get; set; }

    public DateOnly? Date { get; set; }

    public string? Note { get; set; }
}
