using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Data;

/// <summary>
/// An application secret generated at first use and stored encrypted with Data Protection (e.g.
/// the BSN hash key when no <c>Bsn:HashKey</c> is configured). The value is never readable without the key ring.
/// </summary>
public sealed class ProtectedSecret
{
    private ProtectedSecret()
    {
    }

    public ProtectedSecret(string name, string protectedValue)
    {
        Name = name;
        ProtectedValue = protectedValue;
    }

    public string Name { get; private set; } = "";

    public string ProtectedValue { get; private set; } = "";
}

internal sealed class ProtectedSecretConfiguration : IEntityTypeConfiguration<ProtectedSecret>
{
    public void Configure(EntityTypeBuilder<ProtectedSecret> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(60);
        builder.Property(s => s.ProtectedValue).HasMaxLength(1000);
    }
}
