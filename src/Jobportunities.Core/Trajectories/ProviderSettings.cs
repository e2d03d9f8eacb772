namespace Jobportunities.Core.Trajectories;

public sealed record ProviderSettings(string Name, string Country, string City, string Postcode);
