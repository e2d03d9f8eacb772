using Jobportunities.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Programmes;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(60);
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Programme.Name);
        builder.Property(p => p.Description).HasMaxLength(FieldLengths.Programme.Description);
        builder.Property(p => p.Budget).HasPrecision(18, 2);
        builder.Property(p => p.Version).IsConcurrencyToken();

        builder.OwnsOne(p => p.Eligibility, e =>
        {
            e.Property(x => x.MinimumAge).HasColumnName("MinimumAge");
            e.Property(x => x.MaximumAge).HasColumnName("MaximumAge");
            e.Property(x => x.BenefitMask).HasColumnName("BenefitMask");
            e.Property(x => x.WwEndWithinMonths).HasColumnName("WwEndWithinMonths");
            e.Ignore(x => x.BenefitsInScope);
        });
        builder.Navigation(p => p.Eligibility).IsRequired();

        builder.OwnsOne(p => p.Targets, t =>
        {
            t.Property(x => x.Participants).HasColumnName("TargetParticipants");
            t.Property(x => x.Placements).HasColumnName("TargetPlacements");
            t.Property(x => x.DurablePlacements).HasColumnName("TargetDurablePlacements");
            t.Property(x => x.Employers).HasColumnName("TargetEmployers");
            t.Property(x => x.Workplaces).HasColumnName("TargetWorkplaces");
        });
        builder.Navigation(p => p.Targets).IsRequired();

        builder.OwnsOne(p => p.DurableRule, d =>
        {
            d.Property(x => x.PeriodMonths).HasColumnName("DurablePeriodMonths");
            d.Property(x => x.MinimumHoursPerWeek).HasColumnName("DurableMinimumHoursPerWeek").HasPrecision(5, 2);
            d.Property(x => x.SelfEmploymentCounts).HasColumnName("DurableSelfEmploymentCounts");
            d.Property(x => x.WorkAndLearnCounts).HasColumnName("DurableWorkAndLearnCounts");
            d.Property(x => x.MaxBreakDays).HasColumnName("DurableMaxBreakDays");
        });
        builder.Navigation(p => p.DurableRule).IsRequired();

        builder.HasMany(p => p.Areas).WithOne().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Partners).WithOne().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Partners).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
