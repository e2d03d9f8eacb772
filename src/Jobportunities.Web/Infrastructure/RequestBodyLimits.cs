using System.Buffers;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// The request body limit (docs/security.md): a body over <see cref="SecuritySetup.MaxBodyBytes"/>,
/// declared or counted, is refused with 413 and a body (the friendly page, or problem+json for the
/// API) before anything reads the rest, and logged as a warning.
/// </summary>
internal static class RequestBodyLimits
{
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
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestBodyLimits))
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

            // Sized to the declared length; the read chunk is lent by the shared pool, not a new 80 KB array per post
            // (docs/performance.md, session 6: every form and API post allocated one).
            using var buffer = new MemoryStream(request.ContentLength is > 0 and var declared ? (int)declared : 0);
            var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int read;
                while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > maxBytes)
                    {
                        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestBodyLimits))
                            .LogWarning("Request body over {Limit} bytes refused on {Path}", maxBytes, request.Path.Value);
                        await WriteTooLargeAsync(context);
                        return;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
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

    /// <summary>413 with a body written here (problem+json for the API, a short page otherwise): the rest of the body is never read.</summary>
    private static Task WriteTooLargeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return SecuritySetup.WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge);
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
}
