using Jobportunities.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace Jobportunities.Web.Demo;

/// <summary>Creates the five roles in every environment; they are fixed by the product.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
