using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Programmes;

internal sealed class RegionAreaConfiguration : IEntityTypeConfiguration<RegionArea>
{
    public void Configure(EntityTypeBuilder<RegionArea> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(120);
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(a => a.Postcodes).WithOne().HasForeignKey(p => p.RegionAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Postcodes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
