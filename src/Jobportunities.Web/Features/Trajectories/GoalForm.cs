using Jobportunities.Core.Trajectories;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class GoalForm
{
    public Guid Version { get; set; }

    public string? What { get; set; }

    public DateOnly? ByWhen { get; set; }

    public string? HowMeasured { get; set; }

    public static GoalForm From(PlanGoal g) => new() { Version = g.Version, What = g.What, ByWhen = g.ByWhen, HowMeasured = g.HowMeasured };

    public GoalInput ToInput() => new(What!, ByWhen!.Value, HowMeasured!);
}
