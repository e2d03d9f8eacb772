using Jobportunities.Core.Participants;

namespace Jobportunities.Web.Features.Participants;

public sealed class ContactForm
{
    public DateOnly? Date { get; set; }

    public ContactKind Kind { get; set; }

    public string? Summary { get; set; }

    public string? NextAction { get; set; }

    public DateOnly? NextActionDate { get; set; }
}
