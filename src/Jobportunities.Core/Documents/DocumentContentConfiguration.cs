using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Documents;

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> builder)
    {
        // No foreign key to Document: the bytes belong to the store, which a file store can replace.
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).ValueGeneratedNever();
        // varbinary(max) on SQL Server, BLOB on SQLite: no provider-specific column type needed.
        builder.Property(c => c.Bytes).IsRequired();
    }
}
