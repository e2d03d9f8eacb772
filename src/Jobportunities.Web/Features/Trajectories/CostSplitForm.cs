using Jobportunities.Core.Trajectories;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class CostSplitForm
{
    public const int Rows = 4;

    public List<ShareForm> Shares { get; set; } = [];

    public static CostSplitForm From(IEnumerable<CostShare> shares)
    {
        var rows = shares.Select(s => new ShareForm { Payer = s.Payer, PayerName = s.PayerName, Percent = s.Percent }).ToList();
        return new CostSplitForm { Shares = rows }.Padded();
    }

    /// <summary>The form always shows <see cref="Rows"/> rows (at least one more than filled in), so a payer can be added without script.</summary>
    public CostSplitForm Padded()
    {
        while (Shares.Count < Rows || Shares.All(s => !s.IsBlank))
        {
            Shares.Add(new ShareForm());
        }

        return this;
    }

    public IReadOnlyList<CostShareInput> ToInput() =>
        Shares.Where(s => !s.IsBlank).Select(s => new CostShareInput(s.Payer!.Value, s.PayerName, s.Percent!.Value)).ToList();
}
