namespace Jobportunities.Web.Infrastructure;

/// <summary>Routing's own refusals (a wrong method or content type) next to the deny-by-default policy.</summary>
internal static class RoutingRejections
{
    /// <summary>
    /// Routing's own answers for a wrong method (405) or content type (415) carry no authorization
    /// metadata, so the deny-by-default policy would turn them into a login challenge; they reveal
    /// nothing, so they are answered as they are (with a problem body for the API).
    /// </summary>
    public static IApplicationBuilder UseRoutingRejectionsAsTheyAre(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is { Metadata.Count: 0 } endpoint
                && endpoint.DisplayName is { } name && (name.StartsWith("405 ", StringComparison.Ordinal) || name.StartsWith("415 ", StringComparison.Ordinal)))
            {
                context.SetEndpoint(new Endpoint(endpoint.RequestDelegate, new EndpointMetadataCollection(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute()), name));
            }

            return next(context);
        });
}
