namespace Jobportunities.Core.Documents;

/// <summary>The bytes of one document, in their own table (the database store of <see cref="IDocumentStore"/>).</summary>
public sealed class DocumentContent
{
    private DocumentContent()
    {
    }

    public DocumentContent(Guid key, byte[] bytes)
    {
        Key = key;
        Bytes = bytes;
    }

    public Guid Key { get; private set; }

    public byte[] Bytes { get; private set; } = [];
}
