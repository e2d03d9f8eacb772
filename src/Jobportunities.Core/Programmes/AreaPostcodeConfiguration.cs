using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Programmes;

internal sealed class AreaPostcodeConfiguration : IEntityTypeConfiguration<AreaPostcode>
{
    public void Configure(EntityTypeBuilder<AreaPostcode> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(5);
        builder.HasIndex(p => new { p.RegionAreaId, p.Code }).IsUnique();
        builder.HasIndex(p => p.Code);
    }
}
