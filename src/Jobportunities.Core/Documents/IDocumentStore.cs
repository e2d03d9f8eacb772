namespace Jobportunities.Core.Documents;

/// <summary>
/// Where the bytes of documents are kept, by key. The default keeps them in the database
/// (<see cref="DatabaseDocumentStore"/>); a file or blob store can replace it without touching
/// the metadata, the rights or the pages (docs/adr/0022-documents-in-the-database-behind-a-store.md).
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores the bytes under the key (at once; callers wrap it with the metadata in one transaction).</summary>
    Task SaveAsync(Guid key, byte[] content, CancellationToken ct = default);

    /// <summary>The bytes to read, or null when the key holds nothing.</summary>
    Task<Stream?> OpenAsync(Guid key, CancellationToken ct = default);

    /// <summary>Removes the bytes of these keys (at once); unknown keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct = default);
}
