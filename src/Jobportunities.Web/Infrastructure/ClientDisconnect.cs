using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Diagnostics;
using Serilog.Events;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// A request the client abandoned (closed tab, dropped connection) is not a server error: it is
/// logged once at Information as "client disconnected", without a stack trace, and answered 499.
/// Without this, the cancellation surfaced as a 500 with a stack trace and filled the log of a
/// busy day with false alarms.
/// </summary>
public static class ClientDisconnect
{
    public const int StatusCode = StatusCodes.Status499ClientClosedRequest;

    /// <summary>Whether this exception is the client going away rather than a fault of ours.</summary>
    public static bool IsClientAbort(Exception? exception, bool requestAborted)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case ConnectionResetException:
                    return true;
                case OperationCanceledException or IOException or BadHttpRequestException when requestAborted:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The level of the request log line: the disconnect itself was already logged at Information.</summary>
    public static LogEventLevel RequestLogLevel(HttpContext context, double elapsedMs, Exception? exception) =>
        context.Response.StatusCode == StatusCode && context.RequestAborted.IsCancellationRequested ? LogEventLevel.Verbose
        : exception is not null || context.Response.StatusCode > 499 ? LogEventLevel.Error
        : LogEventLevel.Information;

    /// <summary>Catches what the client's leaving caused, so neither the request log nor the error page reports it as a failure.</summary>
    public static IApplicationBuilder UseClientDisconnectLogging(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (IsClientAbort(ex, context.RequestAborted.IsCancellationRequested))
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientDisconnect))
                    .LogInformation("Client disconnected: {Method} {Path}", context.Request.Method, context.Request.Path.Value);
                if (!context.Response.HasStarted)
                {
                    context.Response.StatusCode = StatusCode;
                }

                // Nobody is there to read an error page.
                if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
                {
                    pages.Enabled = false;
                }
            }
        });
}
