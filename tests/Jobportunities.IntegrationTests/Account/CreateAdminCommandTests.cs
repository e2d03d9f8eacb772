using System.Diagnostics;
using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Infrastructure.Bootstrap;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Account;

public class CreateAdminCommandTests
{
    private const string Password = "een lange zin als eerste wachtwoord";

    [Fact]
    public async Task Create_MakesAdministrator_WhoCanSignIn_OnAnEmptyDatabase()
    {
        using var factory = new EmptyDatabaseAppFactory();
        var (code, output) = await RunAsync(factory, "first.admin@gemeente.test", Password);

        Assert.Equal(CreateAdminCommand.Created, code);
        Assert.Contains("created", output);
        var response = await factory.Browser().LoginAsync("first.admin@gemeente.test", Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        var admin = await db.Context.Users.SingleAsync();
        Assert.False(admin.MustChangePassword);
    }

    [Fact]
    public async Task Create_RefusesSecondAdmin_WhenOneExists_ChangingNothing()
    {
        using var factory = new EmptyDatabaseAppFactory();
        Assert.Equal(CreateAdminCommand.Created, (await RunAsync(factory, "first.admin@gemeente.test", Password)).Code);

        var (code, output) = await RunAsync(factory, "second.admin@gemeente.test", Password);

        Assert.Equal(CreateAdminCommand.AdministratorExists, code);
        Assert.Contains("an administrator exists already", output);
        await using var db = factory.Db();
        Assert.Equal(1, await db.Context.Users.CountAsync());
    }

    [Theory]
    [InlineData("admin@gemeente.test", "kort")]
    [InlineData("admin@gemeente.test", "wachtwoord123")]
    [InlineData("admin@gemeente.test", "")]
    [InlineData("geen-adres", Password)]
    [InlineData("", Password)]
    public async Task Create_RefusesInvalidPasswordOrEmail_ChangingNothing(string email, string password)
    {
        using var factory = new EmptyDatabaseAppFactory();

        var (code, output) = await RunAsync(factory, email, password);

        Assert.Equal(CreateAdminCommand.InvalidInput, code);
        Assert.Contains("Nothing was changed", output);
        await using var db = factory.Db();
        Assert.Equal(0, await db.Context.Users.CountAsync());
    }

    [Fact]
    public void HostArguments_LeaveOutTheCommandAndTheAddress()
    {
        Assert.Equal(new[] { "--Database:Migrate=true" }, CreateAdminCommand.HostArguments(["create-admin", "--email", "a@b.test", "--Database:Migrate=true"]));
        Assert.Equal("a@b.test", CreateAdminCommand.EmailArgument(["create-admin", "--email", "a@b.test"]));
        Assert.False(CreateAdminCommand.IsCommand([]));
    }

    /// <summary>
    /// The real entry point as a process, as the README tells an installer to run it: Production,
    /// a SQLite file, the password piped in. It exits without starting a server, a second run is
    /// refused, and the administrator can then sign in to the app over that database.
    /// </summary>
    [Fact]
    public async Task EntryPoint_CreatesAdmin_InProduction_AndRefusesASecondRun()
    {
        var file = Path.Combine(Path.GetTempPath(), $"jobportunities-create-admin-{Guid.NewGuid():N}.db");
        try
        {
            var first = await RunProcessAsync(file, "installer@gemeente.test", Password);
            Assert.True(first.Code == 0, first.Output);
            var second = await RunProcessAsync(file, "someone.else@gemeente.test", Password);
            Assert.Equal(CreateAdminCommand.AdministratorExists, second.Code);
            Assert.Contains("an administrator exists already", second.Output);
            Assert.DoesNotContain("Now listening", first.Output + second.Output);

            using var factory = new ExistingDatabaseAppFactory(file);
            var response = await factory.Browser().LoginAsync("installer@gemeente.test", Password);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location!.OriginalString);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(AppFactory factory, string email, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var output = new StringWriter();
        var code = await scope.ServiceProvider.GetRequiredService<CreateAdminCommand>().RunAsync(email, password, output);
        return (code, output.ToString());
    }

    private static async Task<(int Code, string Output)> RunProcessAsync(string databaseFile, string email, string password)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(WebDll())!,
        };
        foreach (var arg in new[] { WebDll(), "create-admin", "--email", email })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={databaseFile}";
        start.Environment["Logging__File__Path"] = "";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(password);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The web app as built next to this test project (same configuration), with its own runtime config.</summary>
    private static string WebDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)); // tests/X/bin/<Configuration>/net10.0/
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Jobportunities.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var dll = Path.Combine(root.FullName, "src", "Jobportunities.Web", "bin", configuration, framework, "Jobportunities.Web.dll");
        Assert.True(File.Exists(dll), $"Build the web project first: {dll}");
        return dll;
    }
}
