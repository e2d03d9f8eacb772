namespace Jobportunities.Core.Privacy;

/// <summary>A request to erase: the written reason, and the confirmation that an open durable check can no longer be done.</summary>
public sealed record ErasureRequest(string Reason, bool DurableCheckImpossible);
