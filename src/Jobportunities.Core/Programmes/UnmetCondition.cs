namespace Jobportunities.Core.Programmes;

public sealed record UnmetCondition(string Code);
