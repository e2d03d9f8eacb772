using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Participants;

/// <summary>
/// The columns of <see cref="IndicatorAnswers"/>, the same on applications and participants (enums as text). Existing
/// rows get "Unknown"/"NotAsked" from the column default when the columns are added.
/// </summary>
internal static class IndicatorAnswersConfiguration
{
    public static void HasIndicatorAnswers<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, IndicatorAnswers?>> property)
        where T : class =>
        builder.ComplexProperty(property, a =>
        {
            a.Property(x => x.LabourMarket).HasConversion<string>().HasMaxLength(20).HasDefaultValue(LabourMarketAnswer.Unknown);
            a.Property(x => x.Disability).HasConversion<string>().HasMaxLength(20).HasDefaultValue(VoluntaryAnswer.NotAsked);
            a.Property(x => x.ThirdCountryNational).HasConversion<string>().HasMaxLength(20).HasDefaultValue(VoluntaryAnswer.NotAsked);
            a.Property(x => x.ForeignBackground).HasConversion<string>().HasMaxLength(20).HasDefaultValue(VoluntaryAnswer.NotAsked);
            a.Property(x => x.Minority).HasConversion<string>().HasMaxLength(20).HasDefaultValue(VoluntaryAnswer.NotAsked);
            a.Property(x => x.HousingExclusion).HasConversion<string>().HasMaxLength(20).HasDefaultValue(VoluntaryAnswer.NotAsked);
        });
}
