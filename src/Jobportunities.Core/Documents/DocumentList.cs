namespace Jobportunities.Core.Documents;

public sealed record DocumentList(int ParticipantId, string Name, bool IsAnonymised, IReadOnlyList<DocumentRow> Documents);
