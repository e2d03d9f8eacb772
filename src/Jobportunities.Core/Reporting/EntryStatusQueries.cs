using System.Linq.Expressions;
using Jobportunities.Core.Data;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using static Jobportunities.Core.Reporting.LeavingQueries;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// THE labour-market status at entry (ESF+ EECO02, EECO04, EECO05; docs/reporting.md) as query
/// predicates: the status the person gave counts as given; a person not asked (older records,
/// referrals) keeps the status derived from the first ladder step recorded and the benefit. The
/// export counts with them, and the follow-up after leaving asks its improvement question of the
/// persons <see cref="Employed"/> selects.
/// </summary>
public static class EntryStatusQueries
{
    private static readonly BenefitSituation[] UnemployedBenefits = [BenefitSituation.Ww, BenefitSituation.Sgb3, BenefitSituation.Bijstand, BenefitSituation.Sgb2];

    public static Expression<Func<Participant, bool>> Employed(AppDbContext db) =>
        Or<Participant>(p => p.Indicators.LabourMarket == LabourMarketAnswer.Employed, And<Participant>(p => p.Indicators.LabourMarket == LabourMarketAnswer.Unknown, LadderEmployed(db)));

    public static Expression<Func<Participant, bool>> Unemployed(AppDbContext db) =>
        Or<Participant>(p => p.Indicators.LabourMarket == LabourMarketAnswer.Unemployed,
            And(p => p.Indicators.LabourMarket == LabourMarketAnswer.Unknown && UnemployedBenefits.Contains(p.Benefit), Not(LadderEmployed(db))));

    public static Expression<Func<Participant, bool>> Inactive(AppDbContext db) =>
        Or<Participant>(p => p.Indicators.LabourMarket == LabourMarketAnswer.Inactive,
            And(p => p.Indicators.LabourMarket == LabourMarketAnswer.Unknown && p.Benefit == BenefitSituation.None, Not(LadderEmployed(db))));

    /// <summary>Paid work (with or without support) as the first ladder position recorded: the status of a person not asked.</summary>
    private static Expression<Func<Participant, bool>> LadderEmployed(AppDbContext db) => p => db.LadderRecords.Where(l => l.ParticipantId == p.Id)
        .OrderBy(l => l.Date).ThenBy(l => l.Id).Select(l => (int?)l.Step).FirstOrDefault() >= EsfCategories.EmployedFromLadderStep;
}
