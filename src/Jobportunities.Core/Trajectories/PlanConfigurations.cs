using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Trajectories;

internal sealed class PlanConfigurations :
    IEntityTypeConfiguration<PlanGoal>,
    IEntityTypeConfiguration<PlanInstrument>,
    IEntityTypeConfiguration<Enrolment>,
    IEntityTypeConfiguration<EmployerAgreement>,
    IEntityTypeConfiguration<CostShare>,
    IEntityTypeConfiguration<PlanHistoryEntry>,
    IEntityTypeConfiguration<WorkBasedLearningCertificate>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.HasIndex(g => g.ParticipantId);
        builder.Property(g => g.What).HasMaxLength(500);
        builder.Property(g => g.HowMeasured).HasMaxLength(500);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Ignore(g => g.IsAchieved);
        builder.HasOne<Participant>().WithMany().HasForeignKey(g => g.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PlanInstrument> builder)
    {
        builder.HasIndex(i => new { i.ParticipantId, i.Position });
        builder.HasIndex(i => new { i.InstrumentId, i.Status });
        builder.Property(i => i.Provider).HasMaxLength(200);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.StopReason).HasMaxLength(500);
        builder.Property(i => i.WithdrawReason).HasMaxLength(Common.FieldLengths.Plan.WithdrawReason);
        builder.Property(i => i.WithdrawnByUserId).HasMaxLength(Common.FieldLengths.Account.UserId);
        builder.Property(i => i.Cost).HasPrecision(18, 2);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne(i => i.Instrument).WithMany().HasForeignKey(i => i.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Participant>().WithMany().HasForeignKey(i => i.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.HasIndex(e => new { e.CourseRunId, e.Status });
        builder.HasIndex(e => e.ParticipantId);
        builder.HasIndex(e => e.PlanInstrumentId).IsUnique();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.DropOutReason).HasMaxLength(500);
        builder.Property(e => e.ByUserId).HasMaxLength(450);
        builder.HasOne(e => e.CourseRun).WithMany().HasForeignKey(e => e.CourseRunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Participant>().WithMany().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        // No second cascade path to the participant (SQL Server refuses multiple cascade paths).
        builder.HasOne<PlanInstrument>().WithMany().HasForeignKey(e => e.PlanInstrumentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<EmployerAgreement> builder)
    {
        builder.HasIndex(a => a.ParticipantId);
        builder.Property(a => a.EmployerName).HasMaxLength(200);
        builder.HasOne(a => a.Employer).WithMany().HasForeignKey(a => a.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.EmployerId);
        builder.Property(a => a.DevelopmentAgreement).HasMaxLength(2000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Participant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CostShare> builder)
    {
        builder.HasIndex(s => s.ParticipantId);
        builder.Property(s => s.Payer).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.PayerName).HasMaxLength(200);
        builder.Property(s => s.Percent).HasPrecision(5, 2);
        builder.HasOne<Participant>().WithMany().HasForeignKey(s => s.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PlanHistoryEntry> builder)
    {
        builder.HasIndex(h => new { h.ParticipantId, h.AtUtc });
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.ByUserId).HasMaxLength(450);
        builder.Property(h => h.Status).HasMaxLength(20);
        builder.Property(h => h.Note).HasMaxLength(500);
        builder.HasOne<Participant>().WithMany().HasForeignKey(h => h.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<WorkBasedLearningCertificate> builder)
    {
        builder.HasIndex(c => c.PlanInstrumentId).IsUnique();
        builder.HasIndex(c => new { c.ParticipantId, c.IssuedOn });
        builder.HasIndex(c => c.IssuedOn);
        builder.Property(c => c.Occupation).HasMaxLength(200);
        builder.Property(c => c.Issuer).HasMaxLength(200);
        builder.Property(c => c.RecordedByUserId).HasMaxLength(450);
        builder.HasOne<Participant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanInstrument>().WithMany().HasForeignKey(c => c.PlanInstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Documents.Document>().WithMany().HasForeignKey(c => c.EvidenceDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
