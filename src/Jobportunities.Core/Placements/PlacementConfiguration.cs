using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Placements;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.HasIndex(p => new { p.ParticipantId, p.StartDate });
        builder.HasIndex(p => p.MatchingEventId);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ContractType).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.EndReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.HoursPerWeek).HasPrecision(5, 2);
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.Property(p => p.RecordedByUserId).HasMaxLength(450);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Period);
        builder.HasOne<Participants.Participant>().WithMany().HasForeignKey(p => p.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Employer).WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employers.Vacancy>().WithMany().HasForeignKey(p => p.VacancyId).OnDelete(DeleteBehavior.Restrict);
    }
}
