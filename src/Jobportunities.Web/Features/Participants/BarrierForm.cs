using Jobportunities.Core.Participants;

namespace Jobportunities.Web.Features.Participants;

public sealed class BarrierForm
{
    public AssessmentMoment Moment { get; set; }

    public DateOnly? Date { get; set; }

    public Dictionary<string, int> Ratings { get; set; } = [];

    public string? FunctionalLimitations { get; set; }

    public IReadOnlyDictionary<BarrierKind, int> ToRatings() =>
        Enum.GetValues<BarrierKind>().ToDictionary(k => k, k => Ratings.TryGetValue(k.ToString(), out var v) ? Math.Clamp(v, 0, 3) : 0);
}
