namespace Jobportunities.Web.Features.Participants;

/// <summary>A section's heading and, for those who may edit it, the link to its edit page.</summary>
public sealed record SectionHeading(string Section, string HeadingKey, string? EditUrl)
{
    public static SectionHeading For(FileViewModel model, string section, bool editable = true) =>
        new(section, FileSections.Of(section).HeadingKey, model.File.Rights.CanEdit && editable ? $"/participants/{model.File.Participant.Id}/{section}/edit" : null);
}
