using Serilog;
using Serilog.Formatting.Compact;

namespace Jobportunities.Web.Infrastructure;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog to the console and a rolling JSON file (Logging:File:Path). Request logs carry the
    /// path and status only (paths hold record ids, never names): no query strings, no form values.
    /// </summary>
    public static void AddAppLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console();
            var path = builder.Configuration["Logging:File:Path"];
            if (!string.IsNullOrWhiteSpace(path))
            {
                logger.WriteTo.File(new CompactJsonFormatter(), path, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31);
            }
        });
    }
}
