namespace Jobportunities.Core.Participants;

public enum ContactKind
{
    Meeting,
    Phone,
    Email,
    Video,
}
