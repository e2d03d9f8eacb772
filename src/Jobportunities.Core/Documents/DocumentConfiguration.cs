using Jobportunities.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Documents;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.HasIndex(d => new { d.ParticipantId, d.UploadedUtc });
        builder.HasIndex(d => d.ContentKey).IsUnique();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.FileName).HasMaxLength(FieldLengths.Documents.FileName);
        builder.Property(d => d.ContentType).HasMaxLength(FieldLengths.Documents.ContentType);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.UploadedByUserId).HasMaxLength(450);
        builder.HasOne<Participants.Participant>().WithMany().HasForeignKey(d => d.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }
}
