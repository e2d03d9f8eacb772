using System.ComponentModel.DataAnnotations;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Web.Infrastructure.Bootstrap;

/// <summary>
/// <c>create-admin --email &lt;address&gt;</c>: creates the first administrator of a fresh installation.
/// The password is read from standard input (one line), never from the command line (it would end
/// up in the shell history) and never a default. Refuses, changing nothing, once any administrator
/// exists: after that, administrators create accounts in the app. Runs before the web server starts.
/// </summary>
public sealed class CreateAdminCommand(
    AppDbContext db,
    UserManager<AppUser> users,
    RoleSeeder roles,
    InstrumentCatalogueSeeder catalogue,
    IConfiguration configuration,
    TimeProvider clock)
{
    public const string Name = "create-admin";
    public const int Created = 0;
    public const int InvalidInput = 1;
    public const int AdministratorExists = 2;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>The arguments without the command and its <c>--email</c>, so configuration switches still reach the host.</summary>
    public static string[] HostArguments(string[] args)
    {
        if (!IsCommand(args))
        {
            return args;
        }

        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--email")
            {
                i++;
                continue;
            }

            rest.Add(args[i]);
        }

        return [.. rest];
    }

    public static string? EmailArgument(string[] args)
    {
        var index = Array.IndexOf(args, "--email");
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>The entry point used by Program: reads the password line and runs in its own scope.</summary>
    public static async Task<int> ExecuteAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        var email = EmailArgument(args);
        var password = await input.ReadLineAsync();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CreateAdminCommand>().RunAsync(email, password, output);
    }

    public async Task<int> RunAsync(string? email, string? password, TextWriter output, CancellationToken ct = default)
    {
        email = email?.Trim();
        if (string.IsNullOrEmpty(email) || !new EmailAddressAttribute().IsValid(email))
        {
            await output.WriteLineAsync("create-admin: give a valid e-mail address with --email <address>. Nothing was changed.");
            return InvalidInput;
        }

        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("create-admin: type the password on standard input (one line). Nothing was changed.");
            return InvalidInput;
        }

        if (configuration.GetValue("Database:Migrate", true))
        {
            await db.Database.MigrateAsync(ct);
        }

        await roles.SeedAsync();
        await catalogue.SeedAsync();
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            await output.WriteLineAsync("create-admin: an administrator exists already; administrators create further accounts in the app. Nothing was changed.");
            return AdministratorExists;
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = email.Split('@')[0],
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };

        // CreateAsync runs the same user and password validators as the app (12+ characters, common
        // passwords refused) and writes nothing when one of them refuses.
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await output.WriteLineAsync("create-admin: " + string.Join(" ", created.Errors.Select(e => e.Description)) + " Nothing was changed.");
            return InvalidInput;
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        await output.WriteLineAsync($"create-admin: administrator {email} created. Sign in at /account/login.");
        return Created;
    }
}
