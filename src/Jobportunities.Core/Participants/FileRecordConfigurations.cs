using Jobportunities.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Participants;

internal sealed class FileRecordConfigurations :
    IEntityTypeConfiguration<PhaseChange>,
    IEntityTypeConfiguration<LadderRecord>,
    IEntityTypeConfiguration<ContactMoment>,
    IEntityTypeConfiguration<BarrierAssessment>,
    IEntityTypeConfiguration<BarrierRating>,
    IEntityTypeConfiguration<ScanExperience>,
    IEntityTypeConfiguration<ScanSkill>,
    IEntityTypeConfiguration<ScanLanguage>,
    IEntityTypeConfiguration<StandIn>
{
    public void Configure(EntityTypeBuilder<PhaseChange> builder)
    {
        builder.HasIndex(c => new { c.ParticipantId, c.AtUtc });
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Reason).HasMaxLength(FieldLengths.File.PhaseNote);
        builder.Property(c => c.ByUserId).HasMaxLength(450);
        builder.HasOne<Participant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<LadderRecord> builder)
    {
        builder.HasIndex(l => new { l.ParticipantId, l.Date });
        builder.Property(l => l.Note).HasMaxLength(FieldLengths.File.LadderNote);
        builder.Property(l => l.ByUserId).HasMaxLength(450);
        builder.HasOne<Participant>().WithMany().HasForeignKey(l => l.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ContactMoment> builder)
    {
        builder.HasIndex(c => new { c.ParticipantId, c.Date });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Summary).HasMaxLength(FieldLengths.File.ContactSummary);
        builder.Property(c => c.NextAction).HasMaxLength(FieldLengths.File.NextAction);
        builder.Property(c => c.ByUserId).HasMaxLength(450);
        builder.HasOne<Participant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<BarrierAssessment> builder)
    {
        builder.HasIndex(b => new { b.ParticipantId, b.Date });
        builder.Property(b => b.Moment).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.FunctionalLimitations).HasMaxLength(FieldLengths.File.FunctionalLimitations);
        builder.Property(b => b.ByUserId).HasMaxLength(450);
        builder.HasMany(b => b.Ratings).WithOne().HasForeignKey(r => r.BarrierAssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Participant>().WithMany().HasForeignKey(b => b.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<BarrierRating> builder) =>
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);

    public void Configure(EntityTypeBuilder<ScanExperience> builder)
    {
        builder.Property(e => e.Sector).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Description).HasMaxLength(FieldLengths.File.ExperienceDescription);
        builder.HasOne<Participant>().WithMany().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ScanSkill> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(FieldLengths.File.SkillName);
        builder.HasOne<Participant>().WithMany().HasForeignKey(s => s.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ScanLanguage> builder)
    {
        builder.Property(l => l.Language).HasMaxLength(FieldLengths.File.LanguageName);
        builder.Property(l => l.Level).HasMaxLength(2);
        builder.HasOne<Participant>().WithMany().HasForeignKey(l => l.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<StandIn> builder)
    {
        builder.HasIndex(s => new { s.StandInCoachId, s.From, s.Until });
        builder.Property(s => s.AbsentCoachId).HasMaxLength(450);
        builder.Property(s => s.StandInCoachId).HasMaxLength(450);
        builder.Property(s => s.GrantedByUserId).HasMaxLength(450);
        builder.HasOne<Identity.AppUser>().WithMany().HasForeignKey(s => s.AbsentCoachId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Identity.AppUser>().WithMany().HasForeignKey(s => s.StandInCoachId).OnDelete(DeleteBehavior.Restrict);
    }
}
