using Jobportunities.Core.Employers;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Employers;

/// <summary>The Development demo data: employers on both sides of the border, vacancies and a past Meedoenplein; safe to run again.</summary>
public class DemoEmployerSeederTests(DevelopmentAppFactory factory) : IClassFixture<DevelopmentAppFactory>
{
    [Fact]
    public async Task DemoEmployers_AreSeeded_OnceWithValidRegistrations()
    {
        _ = factory.Server;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoEmployerSeeder>().SeedAsync();
        }

        await using var db = factory.Db();
        var employers = await db.Context.Employers.Include(e => e.Contacts).ToListAsync();
        Assert.Equal(DemoEmployers.All.Count, employers.Count);
        Assert.Contains(employers, e => e.Country == "DE" && e.RegistrationNumber.EndsWith("Osnabrück", StringComparison.Ordinal));
        Assert.All(employers, e => Assert.Equal(RegistrationCheck.Valid, EmployerRegistration.Check(e.Country, e.RegistrationNumber)));
        Assert.Equal(
            DemoEmployers.All.ToDictionary(e => e.Name, e => e.Contacts.Length),
            employers.ToDictionary(e => e.Name, e => e.Contacts.Count));
        Assert.Equal(DemoEmployers.All.Sum(e => e.Vacancies.Length), await db.Context.Vacancies.CountAsync());
        Assert.True(await db.Context.Vacancies.AnyAsync(v => v.IsCreatedWorkplace));

        var meedoenplein = await db.Context.MatchingEvents.Include(e => e.Candidates).Include(e => e.Employers).Include(e => e.Conversations).SingleAsync();
        // The seeder invites six consenting candidates (the last does not come), five employers (the last
        // does not come) and records three conversations.
        Assert.Equal(6, meedoenplein.Candidates.Count);
        Assert.Equal(5, meedoenplein.Candidates.Count(c => c.Attendance == Core.Matching.Attendance.Came));
        Assert.Equal(5, meedoenplein.Employers.Count);
        Assert.Equal(3, meedoenplein.Conversations.Count);
    }
}
