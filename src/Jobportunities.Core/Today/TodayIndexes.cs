using Jobportunities.Core.Participants;
using Jobportunities.Core.Trajectories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Today;

/// <summary>
/// Indexes the start page's counts need, kept with the page (docs/performance.md): a lead's
/// next actions due per programme, and the plan instruments starting (planned) or ending (running) in
/// a week, so neither count reads every participant or plan instrument of the database.
/// </summary>
internal sealed class TodayIndexes : IEntityTypeConfiguration<Participant>, IEntityTypeConfiguration<PlanInstrument>
{
    public void Configure(EntityTypeBuilder<Participant> builder) =>
        builder.HasIndex(p => new { p.ProgrammeId, p.NextActionDate });

    public void Configure(EntityTypeBuilder<PlanInstrument> builder)
    {
        builder.HasIndex(i => new { i.Status, i.PlannedStart });
        builder.HasIndex(i => new { i.Status, i.PlannedEnd });
    }
}
