namespace Jobportunities.Core.Placements;

public enum DurableOutcome
{
    Durable,
    NotDurable,
    ContactLost,
}
