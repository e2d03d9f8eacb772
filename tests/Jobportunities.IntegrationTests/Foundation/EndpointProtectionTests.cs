using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.IntegrationTests.Foundation;

/// <summary>
/// A safety net instead of a fallback policy (which would turn unknown addresses into login
/// redirects): every controller says who may use it, with [Authorize] or [AllowAnonymous].
/// </summary>
public class EndpointProtectionTests
{
    [Fact]
    public void EveryController_DeclaresWhoMayUseIt()
    {
        var undeclared = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .Where(t => t.GetCustomAttribute<AuthorizeAttribute>() is null && t.GetCustomAttribute<AllowAnonymousAttribute>() is null)
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Any(m => m.GetCustomAttribute<AuthorizeAttribute>() is null && m.GetCustomAttribute<AllowAnonymousAttribute>() is null))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(undeclared);
    }

    [Fact]
    public void AnonymousControllers_AreOnlyThePublicOnes()
    {
        var anonymous = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && t.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
            .Select(t => t.Name)
            .Order()
            .ToList();
        // FortunesController is the load harness's reference page: it exists only when the harness turns it on (ClientDisconnectTests checks it is absent otherwise).
        Assert.Equal(["CultureController", "ErrorsController", "FortunesController", "HomeController", "IntakeController"], anonymous);
    }
}
