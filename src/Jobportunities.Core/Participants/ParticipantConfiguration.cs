using Jobportunities.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Participants;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.HasIndex(p => p.ApplicationId).IsUnique();
        builder.HasIndex(p => p.Reference).IsUnique();
        // The caseload: by coach or programme, filtered by phase, sorted by name or dates.
        builder.HasIndex(p => new { p.CoachId, p.Phase, p.FamilyName });
        builder.HasIndex(p => new { p.ProgrammeId, p.Phase, p.FamilyName });
        builder.HasIndex(p => new { p.CoachId, p.LastContactDate });
        builder.HasIndex(p => new { p.CoachId, p.NextActionDate });
        builder.Property(p => p.Reference).HasMaxLength(20);
        builder.Property(p => p.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ExitReason).HasConversion<string>().HasMaxLength(30);
        builder.HasPersonColumns();
        builder.Property(p => p.Benefit).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Education).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.PreferredSectors).HasMaxLength(FieldLengths.File.PreferredSectors);
        builder.Property(p => p.WorkPreferences).HasMaxLength(FieldLengths.File.WorkPreferences);
        builder.Property(p => p.NextAction).HasMaxLength(FieldLengths.File.NextAction);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.ErasureReason).HasMaxLength(1000);
        builder.Property(p => p.ReEntryKey).HasMaxLength(32);
        builder.HasIndex(p => new { p.Phase, p.ExitDate, p.AnonymisedOn });
        builder.HasIndicatorAnswers(p => p.Indicators);
        builder.Ignore(p => p.IsAnonymised);
        builder.Ignore(p => p.PreferredSectorList);
        builder.HasOne(p => p.Programme).WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Application).WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Coach).WithMany().HasForeignKey(p => p.CoachId).OnDelete(DeleteBehavior.Restrict);
    }
}
