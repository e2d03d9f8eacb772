using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Feature folders: a controller in namespace Jobportunities.Web.Features.X finds its views in
/// /Features/X/, whatever the controller is called, so one feature can have several controllers.
/// </summary>
internal sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string Prefix = "Jobportunities.Web.Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns && ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            context.Values["feature"] = ns[Prefix.Length..].Split('.')[0];
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue("feature", out var feature) && feature is not null
            ? viewLocations.Prepend($"/Features/{feature}/{{0}}.cshtml")
            : viewLocations;
}
