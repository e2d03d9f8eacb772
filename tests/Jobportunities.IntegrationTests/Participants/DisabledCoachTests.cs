using System.Net;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Participants;

/// <summary>A coach whose account is disabled is neither offered nor accepted as the coach of a file or an application.</summary>
public class DisabledCoachTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Programme = "new-jobportunities-2";

    [Fact]
    public async Task FilePage_DoesNotOfferADisabledCoach_AndAssigningOneIsRefused()
    {
        var (disabledId, disabledName) = await DisabledCoachAsync();
        var id = await factory.ParticipantAsync("Uitgezet", DemoAccounts.Coach, Programme);
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);

        var page = await lead.GetPageAsync($"/participants/{id}");
        Assert.Contains("Lukas Schröder", page);
        Assert.DoesNotContain(disabledId, page);
        Assert.DoesNotContain(disabledName, page);

        var response = await lead.PostFormAsync($"/participants/{id}", $"/participants/{id}/coach", [new("Coach.CoachId", disabledId)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een coach die in dit programma werkt.", await response.Content.ReadAsStringAsync());
        await using var db = factory.Db();
        Assert.Equal(await factory.UserIdAsync(DemoAccounts.Coach), (await db.Context.Participants.SingleAsync(p => p.Id == id)).CoachId);
    }

    [Fact]
    public async Task IntakeQueue_DoesNotOfferADisabledCoach_AndAcceptingWithOneIsRefused()
    {
        var (disabledId, disabledName) = await DisabledCoachAsync();
        var application = await factory.ApplyAsync("Uitgezet-Wachtrij", Programme);
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var url = $"/intake-queue/{application.Id}";

        var page = await lead.GetPageAsync(url);
        Assert.Contains("Lukas Schröder", page);
        Assert.DoesNotContain(disabledName, page);

        var response = await lead.PostFormAsync(url, url + "/accept", [new("Accept.CoachId", disabledId)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een coach die in dit programma werkt.", await response.Content.ReadAsStringAsync());
        await using var db = factory.Db();
        Assert.Equal(ApplicationStatus.New, (await db.Context.Applications.SingleAsync(a => a.Id == application.Id)).Status);
        Assert.False(await db.Context.Participants.AnyAsync(p => p.ApplicationId == application.Id));
    }

    /// <summary>A coach of the lead's programme whose account an administrator disabled.</summary>
    private async Task<(string Id, string Name)> DisabledCoachAsync()
    {
        var email = $"coach.{Guid.NewGuid():N}@jobportunities.test";
        var name = $"Uitgeschakeld {Guid.NewGuid():N}"[..24];
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedUtc = factory.Clock.GetUtcNow().UtcDateTime, IsDisabled = true };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Coach);
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        db.ProgrammeMembers.Add(new ProgrammeMember(await db.Programmes.Where(p => p.Code == Programme).Select(p => p.Id).SingleAsync(), user.Id));
        await db.SaveChangesAsync();
        return (user.Id, name);
    }
}
