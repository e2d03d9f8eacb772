namespace Jobportunities.Core.Trajectories;

/// <summary>Who pays a share of the plan's cost.</summary>
public enum PayerKind
{
    /// <summary>The programme's own budget (the subsidy).</summary>
    Programme,
    Employer,

    /// <summary>Another funder: municipality, UWV, Jobcenter, Agentur für Arbeit, ….</summary>
    OtherFunder,
}

public sealed record CostShareInput(PayerKind Payer, string? PayerName, decimal Percent);

/// <summary>
/// One line of the plan's cost sharing: a payer and their percentage of the plan's cost. The
/// lines of a plan add up to 100 % (<see cref="CostSplit"/>); without lines the programme pays all.
/// </summary>
public sealed class CostShare
{
    private CostShare()
    {
    }

    public CostShare(int participantId, CostShareInput input)
    {
        ParticipantId = participantId;
        Payer = input.Payer;
        PayerName = string.IsNullOrWhiteSpace(input.PayerName) ? null : input.PayerName.Trim();
        Percent = input.Percent;
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public PayerKind Payer { get; private set; }

    public string? PayerName { get; private set; }

    public decimal Percent { get; private set; }

    public CostShareInput ToInput() => new(Payer, PayerName, Percent);
}

/// <summary>The rule for a cost split: each share above 0 and at most 100 %, together exactly 100 %.</summary>
public static class CostSplit
{
    public const string MustAddUp = "SharesMustAddUp";
    public const string ShareOutOfRange = "ShareOutOfRange";
    public const string PayerNameRequired = "PayerNameRequired";

    /// <summary>Why a split is refused, or null when it is valid. An empty split is valid: the programme pays all.</summary>
    public static string? Check(IReadOnlyCollection<CostShareInput> shares)
    {
        if (shares.Count == 0)
        {
            return null;
        }

        if (shares.Any(s => s.Percent is <= 0 or > 100 || decimal.Round(s.Percent, 2) != s.Percent))
        {
            return ShareOutOfRange;
        }

        if (shares.Any(s => s.Payer != PayerKind.Programme && string.IsNullOrWhiteSpace(s.PayerName)))
        {
            return PayerNameRequired;
        }

        return shares.Sum(s => s.Percent) == 100m ? null : MustAddUp;
    }
}
