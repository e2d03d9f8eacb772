using Jobportunities.Web.Infrastructure;
using Jobportunities.Web.Infrastructure.Bootstrap;
using Serilog;

// A plain (not reloadable) start-up logger: test hosts build the app several times in one
// process, and a reloadable bootstrap logger can be frozen only once.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(CreateAdminCommand.HostArguments(args));
    builder.AddAppLogging();
    builder.Services.AddAppDatabase(builder.Configuration);
    builder.Services.AddAppIdentity(builder.Environment);
    builder.Services.AddAppLocalization();
    builder.Services.AddAppMvc();
    builder.Services.AddAppServices(builder.Configuration);

    var app = builder.Build();
    if (CreateAdminCommand.IsCommand(args))
    {
        // A one-time command: runs against the configured database and exits; Kestrel never starts.
        Environment.ExitCode = await CreateAdminCommand.ExecuteAsync(app.Services, args, Console.In, Console.Error);
        return;
    }

    await app.PrepareDatabaseAsync();
    app.UseAppPipeline();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The application failed to start");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, public so WebApplicationFactory can find it.</summary>
public partial class Program;
