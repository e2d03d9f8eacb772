using Jobportunities.Web.Infrastructure.Navigation;

namespace Jobportunities.Web.Features.Home;

public sealed record StaffHomePage(IReadOnlyList<NavigationItem> Tasks);
