namespace Jobportunities.Core.Privacy;

/// <summary>What the confirmation page shows: the file by reference only, and whether a durable check is still open.</summary>
public sealed record ErasureSubject(int ParticipantId, string Reference, string Programme, DateOnly? AnonymisedOn, bool HasOpenDurableCheck);
