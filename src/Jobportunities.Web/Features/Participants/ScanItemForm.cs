using Jobportunities.Core.Common;

namespace Jobportunities.Web.Features.Participants;

public sealed class ScanItemForm
{
    public Sector Sector { get; set; }

    public int? Years { get; set; }

    public string? Description { get; set; }

    public string? SkillName { get; set; }

    public int SkillLevel { get; set; } = 2;

    public string? Language { get; set; }

    public string Level { get; set; } = "B1";
}
