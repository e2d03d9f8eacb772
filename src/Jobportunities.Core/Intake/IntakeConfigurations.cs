using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Intake;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.Property(a => a.Reference).HasMaxLength(20);
        builder.HasIndicatorAnswers(a => a.Indicators);
        builder.HasIndex(a => a.SubmissionKey).IsUnique();
        // Same organisation + external reference = same referral (SQL Server filters the NULLs by convention).
        builder.HasIndex(a => new { a.OrganisationId, a.ExternalReference }).IsUnique();
        // The referrer's list, newest first, a page at a time: read in the index's order, never sorted whole (docs/performance.md).
        builder.HasIndex(a => new { a.OrganisationId, a.SubmittedUtc });
        builder.HasIndex(a => new { a.ProgrammeId, a.Status, a.SubmittedUtc });
        builder.HasIndex(a => new { a.ProgrammeId, a.BirthDate });
        builder.HasIndex(a => new { a.ProgrammeId, a.BsnHash });
        builder.Property(a => a.BsnProtected).HasMaxLength(500);
        builder.Property(a => a.BsnHash).HasMaxLength(64);
        builder.HasOne(a => a.Programme).WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasPersonColumns();
        builder.Property(a => a.Benefit).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Education).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.HeardVia).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Language).HasMaxLength(2);
        builder.Property(a => a.Languages).HasMaxLength(FieldLengths.Intake.Languages);
        builder.Property(a => a.OtherLanguages).HasMaxLength(FieldLengths.Intake.OtherLanguages);
        builder.Property(a => a.WorkExperience).HasMaxLength(FieldLengths.Intake.WorkExperience);
        builder.Property(a => a.SectorWishes).HasMaxLength(FieldLengths.Intake.SectorWishes);
        builder.Property(a => a.UnmetConditions).HasMaxLength(100);
        builder.Property(a => a.AreaName).HasMaxLength(120);
        builder.Property(a => a.ExternalReference).HasMaxLength(FieldLengths.Intake.ExternalReference);
        builder.Property(a => a.ReferralReason).HasMaxLength(FieldLengths.Intake.ReferralReason);
        builder.Property(a => a.DecisionReason).HasMaxLength(FieldLengths.Intake.DecisionReason);
        builder.Property(a => a.ReferrerUserId).HasMaxLength(450);
        builder.Property(a => a.DecidedByUserId).HasMaxLength(450);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsAnonymised);
        builder.Ignore(a => a.UnmetConditionCodes);
        builder.Ignore(a => a.SectorWishList);
        builder.Ignore(a => a.LanguageList);
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.HasIndex(c => new { c.ApplicationId, c.Purpose, c.RecordedUtc });
        builder.HasOne<Application>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RecordedByUserId).HasMaxLength(450);
        builder.Property(c => c.Note).HasMaxLength(500);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.Property(k => k.Hash).HasMaxLength(64);
        builder.Property(k => k.Hint).HasMaxLength(10);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.CreatedByUserId).HasMaxLength(450);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(k => k.IsActive);
    }
}

internal sealed class ReferralUploadConfiguration : IEntityTypeConfiguration<ReferralUpload>
{
    public void Configure(EntityTypeBuilder<ReferralUpload> builder)
    {
        builder.Property(u => u.FileName).HasMaxLength(260);
        builder.Property(u => u.UserId).HasMaxLength(450);
        builder.Property(u => u.Language).HasMaxLength(8);
        builder.HasIndex(u => new { u.OrganisationId, u.UploadedUtc });
        builder.HasIndex(u => new { u.Status, u.UploadedUtc });
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
