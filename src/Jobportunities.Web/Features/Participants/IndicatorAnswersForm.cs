using Jobportunities.Core.Participants;

namespace Jobportunities.Web.Features.Participants;

/// <summary>
/// The ESF+ questions as a form part, the same on the public intake form and on the coach's
/// indicators page (one partial: _IndicatorQuestions.cshtml, one validator).
/// </summary>
public sealed class IndicatorAnswersForm
{
    public string? LabourMarketStatus { get; set; }

    public int? WithoutWorkSinceMonth { get; set; }

    public int? WithoutWorkSinceYear { get; set; }

    public bool NeverWorked { get; set; }

    public string? Disability { get; set; }

    public string? ThirdCountryNational { get; set; }

    public string? ForeignBackground { get; set; }

    public string? Minority { get; set; }

    public string? HousingExclusion { get; set; }

    public static readonly LabourMarketAnswer[] Statuses = [LabourMarketAnswer.Employed, LabourMarketAnswer.Unemployed, LabourMarketAnswer.Inactive];

    public static readonly VoluntaryAnswer[] Answers = [VoluntaryAnswer.Yes, VoluntaryAnswer.No, VoluntaryAnswer.RatherNotSay];

    public static IndicatorAnswersForm From(IndicatorAnswers a) => new()
    {
        LabourMarketStatus = a.LabourMarket == LabourMarketAnswer.Unknown ? null : a.LabourMarket.ToString(),
        WithoutWorkSinceMonth = a.WithoutWorkSince?.Month,
        WithoutWorkSinceYear = a.WithoutWorkSince?.Year,
        NeverWorked = a.NeverWorked,
        Disability = Text(a.Disability),
        ThirdCountryNational = Text(a.ThirdCountryNational),
        ForeignBackground = Text(a.ForeignBackground),
        Minority = Text(a.Minority),
        HousingExclusion = Text(a.HousingExclusion),
    };

    /// <summary>Only after validation succeeded. "Without work since" is only kept for someone looking for work.</summary>
    public IndicatorAnswers ToAnswers()
    {
        var status = Enum.TryParse<LabourMarketAnswer>(LabourMarketStatus, out var s) ? s : LabourMarketAnswer.Unknown;
        var looking = status == LabourMarketAnswer.Unemployed;
        return new IndicatorAnswers
        {
            LabourMarket = status,
            NeverWorked = looking && NeverWorked,
            WithoutWorkSince = looking && !NeverWorked && WithoutWorkSinceMonth is { } m && WithoutWorkSinceYear is { } y ? new DateOnly(y, m, 1) : null,
            Disability = Answer(Disability),
            ThirdCountryNational = Answer(ThirdCountryNational),
            ForeignBackground = Answer(ForeignBackground),
            Minority = Answer(Minority),
            HousingExclusion = Answer(HousingExclusion),
        };
    }

    public static bool IsAnswer(string? value) => value is null || (Enum.TryParse<VoluntaryAnswer>(value, out var a) && Answers.Contains(a));

    private static VoluntaryAnswer Answer(string? value) => Enum.TryParse<VoluntaryAnswer>(value, out var a) && Answers.Contains(a) ? a : VoluntaryAnswer.NotAsked;

    private static string? Text(VoluntaryAnswer a) => a == VoluntaryAnswer.NotAsked ? null : a.ToString();
}
