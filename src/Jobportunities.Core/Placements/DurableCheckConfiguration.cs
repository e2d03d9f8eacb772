using Jobportunities.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Placements;

internal sealed class DurableCheckConfiguration : IEntityTypeConfiguration<DurableCheck>
{
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
