using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Transport and response rules that hold for every request (docs/security.md): the client
/// address behind a reverse proxy, HSTS and HTTPS redirection in Production, no caching of
/// anything a signed-in user or an API key sees, and problem+json bodies on every API error.
/// The request body limit answered with 413 and a body is <see cref="RequestBodyLimits"/>.
/// </summary>
internal static class SecuritySetup
{
    /// <summary>The largest request body outside endpoints with their own limit (the CSV upload).</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public static IServiceCollection AddAppSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Only the proxies named here are believed; without any, only loopback (the framework default).
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = configuration.GetValue("ForwardedHeaders:ForwardLimit", 1);
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueLengthLimit = (int)MaxBodyBytes(configuration));
        return services;
    }

    public static long MaxBodyBytes(IConfiguration configuration) =>
        configuration.GetValue("Limits:MaxRequestBodyBytes", DefaultMaxBodyBytes);

    /// <summary>
    /// Cache-Control: no-store on every answer to a signed-in user or an API caller (pages,
    /// printable plans, exports, API answers), so no shared or browser cache keeps personal data.
    /// </summary>
    public static IApplicationBuilder UseNoStoreForPersonalData(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.User.Identity?.IsAuthenticated == true
                    || context.Request.Path.StartsWithSegments("/api")
                    || context.Request.Path.StartsWithSegments("/account"))
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next();
        });

    /// <summary>
    /// The API never answers an error with an empty body, nor with an HTML page: routing's own 415
    /// and 405, and any other bare status, get a problem+json body here (the HTML status pages are
    /// off for /api).
    /// </summary>
    public static IApplicationBuilder UseApiProblemBodies(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                await next();
                return;
            }

            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            await next();
            if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && context.Response.ContentLength is null or 0
                && string.IsNullOrEmpty(context.Response.ContentType))
            {
                await WriteProblemAsync(context, context.Response.StatusCode);
            }
        });

    public static Task WriteProblemAsync(HttpContext context, int status)
    {
        var texts = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var title = texts[$"Error.{status}.Title"];
        context.Response.StatusCode = status;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title.ResourceNotFound ? texts["Error.Other.Title"] : title,
            Type = $"https://httpstatuses.io/{status}",
        };
        problem.Extensions["traceId"] = context.TraceIdentifier;
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", context.RequestAborted);
    }
}
