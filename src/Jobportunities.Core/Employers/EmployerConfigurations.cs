using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Employers;

internal sealed class EmployerConfigurations : IEntityTypeConfiguration<Employer>, IEntityTypeConfiguration<EmployerContact>, IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.HasIndex(e => new { e.Country, e.RegistrationNumber }).IsUnique();
        builder.HasIndex(e => e.Name);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Country).HasMaxLength(2);
        builder.Property(e => e.RegistrationNumber).HasMaxLength(60);
        builder.Property(e => e.Sector).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Street).HasMaxLength(150);
        builder.Property(e => e.Postcode).HasMaxLength(10);
        builder.Property(e => e.City).HasMaxLength(100);
        builder.Property(e => e.Notes).HasMaxLength(4000);
        builder.Ignore(e => e.IsArchived);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasMany(e => e.Contacts).WithOne().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<EmployerContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(150);
        builder.Property(c => c.Role).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(30);
    }

    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.HasIndex(v => new { v.ProgrammeId, v.Status });
        builder.HasIndex(v => v.EmployerId);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Sector).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.HoursPerWeek).HasPrecision(5, 2);
        builder.Property(v => v.Postcode).HasMaxLength(10);
        builder.Property(v => v.Country).HasMaxLength(2);
        builder.Property(v => v.Requirements).HasMaxLength(4000);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Ignore(v => v.IsArchived);
        builder.HasOne(v => v.Employer).WithMany().HasForeignKey(v => v.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Programmes.Programme>().WithMany().HasForeignKey(v => v.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}
