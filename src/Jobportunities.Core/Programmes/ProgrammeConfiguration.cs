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

internal sealed class RegionAreaConfiguration : IEntityTypeConfiguration<RegionArea>
{
    public void Configure(EntityTypeBuilder<RegionArea> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(120);
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(a => a.Postcodes).WithOne().HasForeignKey(p => p.RegionAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Postcodes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AreaPostcodeConfiguration : IEntityTypeConfiguration<AreaPostcode>
{
    public void Configure(EntityTypeBuilder<AreaPostcode> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(5);
        builder.HasIndex(p => new { p.RegionAreaId, p.Code }).IsUnique();
        builder.HasIndex(p => p.Code);
    }
}

internal sealed class ProgrammePartnerConfiguration : IEntityTypeConfiguration<ProgrammePartner>
{
    public void Configure(EntityTypeBuilder<ProgrammePartner> builder)
    {
        builder.HasKey(p => new { p.ProgrammeId, p.OrganisationId });
        builder.Property(p => p.Role).HasMaxLength(200);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProgrammeMemberConfiguration : IEntityTypeConfiguration<ProgrammeMember>
{
    public void Configure(EntityTypeBuilder<ProgrammeMember> builder)
    {
        builder.HasKey(m => new { m.ProgrammeId, m.UserId });
        builder.HasOne(m => m.Programme).WithMany().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
