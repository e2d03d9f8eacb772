using Jobportunities.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.FollowUps;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.HasIndex(f => f.ParticipantId).IsUnique();
        builder.HasIndex(f => new { f.DueDate, f.Situation });
        builder.Property(f => f.Situation).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Improvement).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Note).HasMaxLength(FieldLengths.FollowUp.Note);
        builder.Property(f => f.RecordedByUserId).HasMaxLength(450);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.IsOpen);
        builder.HasOne<Participants.Participant>().WithMany().HasForeignKey(f => f.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
