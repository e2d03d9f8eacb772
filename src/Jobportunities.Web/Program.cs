using Jobportunities.Web.Infrastructure;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddAppLogging();
    builder.Services.AddAppDatabase(builder.Configuration);
    builder.Services.AddAppIdentity(builder.Environment);
    builder.Services.AddAppLocalization();
    builder.Services.AddAppMvc();
    builder.Services.AddAppServices(builder.Configuration);

    var app = builder.Build();
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
