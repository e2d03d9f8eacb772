namespace Jobportunities.Core.Trajectories;

public sealed record ProviderSummary(int Id, string Name, string Country, string City, string Postcode, int Courses, int UpcomingRuns);
