using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// Indexes the dashboard's aggregates need, kept with the reports that need them (the entities'
/// own configurations hold the rest). They cover the counts by programme and period, so the
/// database counts from the index without reading the wide rows (docs/performance.md).
/// </summary>
internal sealed class ReportingIndexes : IEntityTypeConfiguration<Application>, IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Application> builder) =>
        builder.HasIndex(a => new { a.ProgrammeId, a.SubmittedUtc, a.IsEligible });

    public void Configure(EntityTypeBuilder<Participant> builder) =>
        builder.HasIndex(p => new { p.ProgrammeId, p.CreatedUtc, p.ApplicationId, p.Phase, p.Gender, p.Benefit, p.BirthDate });
}
