namespace Jobportunities.Web.Infrastructure.Navigation;

public sealed record NavigationItem(string Href, string TextKey, IReadOnlyList<string> Roles);
