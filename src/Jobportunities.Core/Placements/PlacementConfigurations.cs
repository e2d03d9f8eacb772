using Jobportunities.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Placements;

internal sealed class PlacementConfigurations : IEntityTypeConfiguration<Placement>, IEntityTypeConfiguration<DurableCheck>
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

    public void Configure(EntityTypeBuilder<DurableCheck> builder)
    {
        builder.HasIndex(c => c.PlacementId).IsUnique();
        builder.HasIndex(c => new { c.State, c.DueDate });
        builder.HasIndex(c => c.ParticipantId);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Evidence).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Note).HasMaxLength(FieldLengths.Placement.DurableCheckNote);
        builder.Property(c => c.RecordedByUserId).HasMaxLength(450);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsOpen);
        builder.HasOne(c => c.Placement).WithMany().HasForeignKey(c => c.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Participants.Participant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Documents.Document>().WithMany().HasForeignKey(c => c.EvidenceDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
