using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Trajectories;

internal sealed class CatalogueConfigurations :
    IEntityTypeConfiguration<Instrument>,
    IEntityTypeConfiguration<TrainingProvider>,
    IEntityTypeConfiguration<Course>,
    IEntityTypeConfiguration<CourseRun>
{
    public void Configure(EntityTypeBuilder<Instrument> builder)
    {
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.NameNl).HasMaxLength(120);
        builder.Property(i => i.NameDe).HasMaxLength(120);
        builder.Property(i => i.NameEn).HasMaxLength(120);
        builder.Property(i => i.Description).HasMaxLength(1000);
        builder.Property(i => i.DefaultProvider).HasMaxLength(200);
        builder.Property(i => i.DefaultCost).HasPrecision(18, 2);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<TrainingProvider> builder)
    {
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.Postcode).HasMaxLength(10);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Courses).WithOne(c => c.TrainingProvider).HasForeignKey(c => c.TrainingProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Courses).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.HasIndex(c => new { c.Sector, c.IsActive });
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Sector).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Language).HasMaxLength(5);
        builder.Property(c => c.LocationPostcode).HasMaxLength(10);
        builder.Property(c => c.LocationCity).HasMaxLength(100);
        builder.Property(c => c.Description).HasMaxLength(1000);
        builder.Property(c => c.Cost).HasPrecision(18, 2);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Runs).WithOne(r => r.Course).HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Runs).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<CourseRun> builder)
    {
        builder.HasIndex(r => new { r.CourseId, r.StartDate });
        builder.HasIndex(r => r.StartDate);
        builder.Ignore(r => r.FreeSeats);
        builder.Ignore(r => r.IsFull);
        // Capacity is guarded by the conditional UPDATE (CourseSeats); the check constraint is a second net.
        builder.ToTable(t => t.HasCheckConstraint("CK_CourseRuns_SeatsTaken", "SeatsTaken >= 0 AND SeatsTaken <= Seats"));
    }
}
