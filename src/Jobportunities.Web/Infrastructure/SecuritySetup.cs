using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Transport and response rules that hold for every request (docs/security.md): the client
/// address behind a reverse proxy, HSTS and HTTPS redirection in Production, no caching of
/// anything a signed-in user or an API key sees, a request body limit answered with 413 and a
/// body, and problem+json bodies on every API error.
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
    /// A declared body over the limit is refused before anything reads it: 413 with a body (the
    /// friendly page, or problem+json for the API), logged as a warning. Endpoints with their own
    /// [RequestSizeLimit] keep theirs.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            var own = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>();
            var limit = own?.MaxRequestBodySize ?? maxBytes;
            var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
            if (context.Request.ContentLength > limit && !reExecuted)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecuritySetup))
                    .LogWarning("Request body of {Length} bytes refused on {Path} (limit {Limit})", context.Request.ContentLength, context.Request.Path.Value, limit);
                await WriteTooLargeAsync(context);
                return;
            }

            if (own is null && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = maxBytes;
            }

            await next();
        });

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

    /// <summary>
    /// Bodies without a declared length are counted here: a url-encoded form or a JSON body over the
    /// limit gets 413 (logged as a warning). A NUL in a url-encoded form makes the framework's form
    /// reader throw (an empty 400 that loses what was typed): it is turned into another control
    /// character, which ControlCharacterFilter then reports on its field, re-showing the form.
    /// Multipart bodies (the CSV upload) keep their own limits.
    /// </summary>
    public static IApplicationBuilder UseBufferedBodyGuard(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
            var isForm = request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
            var isApi = request.Path.StartsWithSegments("/api");
            if (reExecuted || !HttpMethods.IsPost(request.Method) || !(isForm || isApi) || request.ContentLength > maxBytes)
            {
                await next(context);
                return;
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecuritySetup))
                        .LogWarning("Request body over {Limit} bytes refused on {Path}", maxBytes, request.Path.Value);
                    await WriteTooLargeAsync(context);
                    return;
                }
            }

            var bytes = buffer.ToArray();
            if (isForm)
            {
                for (var i = 0; i < bytes.Length; i++)
                {
                    if (bytes[i] == 0)
                    {
                        bytes[i] = 1;
                    }
                    else if (bytes[i] == (byte)'%' && i + 2 < bytes.Length && bytes[i + 1] == (byte)'0' && bytes[i + 2] == (byte)'0')
                    {
                        bytes[i + 2] = (byte)'1';
                    }
                }
            }

            request.Body = new MemoryStream(bytes);
            request.ContentLength = bytes.Length;
            await next(context);
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

    /// <summary>413 with a body written here (problem+json for the API, a short page otherwise): the rest of the body is never read.</summary>
    private static Task WriteTooLargeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge);
        }

        var texts = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{encoder.Encode(texts["Error.413.Title"])}</title></head>" +
            $"<body><h1>{encoder.Encode(texts["Error.413.Title"])}</h1><p>{encoder.Encode(texts["Error.413.Text"])}</p><p><a href=\"/\">{encoder.Encode(texts["Error.Home"])}</a></p></body></html>",
            context.RequestAborted);
    }

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
