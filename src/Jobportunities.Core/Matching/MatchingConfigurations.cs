using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Matching;

internal sealed class MatchingConfigurations :
    IEntityTypeConfiguration<VacancyProposal>,
    IEntityTypeConfiguration<MatchingEvent>,
    IEntityTypeConfiguration<EventCandidate>,
    IEntityTypeConfiguration<EventEmployer>,
    IEntityTypeConfiguration<EventConversation>
{
    public void Configure(EntityTypeBuilder<VacancyProposal> builder)
    {
        builder.HasIndex(p => new { p.VacancyId, p.ParticipantId }).IsUnique();
        builder.HasIndex(p => p.ParticipantId);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Note).HasMaxLength(FieldLengths.Matching.ProposalNote);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(p => p.VacancyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Participant>().WithMany().HasForeignKey(p => p.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Identity.AppUser>().WithMany().HasForeignKey(p => p.ProposedByUserId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<MatchingEvent> builder)
    {
        builder.HasIndex(e => new { e.ProgrammeId, e.Date });
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Place).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Candidates).WithOne().HasForeignKey(c => c.MatchingEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Employers).WithOne().HasForeignKey(c => c.MatchingEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Conversations).WithOne().HasForeignKey(c => c.MatchingEventId).OnDelete(DeleteBehavior.Cascade);
        // Placements that came from the event (the placement side is read-only here).
        builder.HasMany<Placements.Placement>().WithOne().HasForeignKey(p => p.MatchingEventId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(e => e.Candidates).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Employers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Conversations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<EventCandidate> builder)
    {
        builder.ToTable("MatchingEventCandidates");
        builder.HasIndex(c => new { c.MatchingEventId, c.ParticipantId }).IsUnique();
        builder.HasIndex(c => c.ParticipantId);
        builder.Property(c => c.Attendance).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Participant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<EventEmployer> builder)
    {
        builder.ToTable("MatchingEventEmployers");
        builder.HasIndex(c => new { c.MatchingEventId, c.EmployerId }).IsUnique();
        builder.HasIndex(c => c.EmployerId);
        builder.Property(c => c.Attendance).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Employer>().WithMany().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<EventConversation> builder)
    {
        builder.ToTable("MatchingEventConversations");
        builder.HasIndex(c => c.MatchingEventId);
        builder.Property(c => c.Outcome).HasMaxLength(2000);
        builder.HasOne<Participant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}
