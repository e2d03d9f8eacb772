using System.Net;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.IntegrationTests.Api;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.IntakeQueue;

public class IntakeQueueTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>Stores an application through the real service, as the public form does.</summary>
    private async Task<Application> ApplyAsync(string givenName, string programmeCode = "new-jobportunities-2", string postcode = "7811", string country = "NL", string? email = null, DateOnly? birthDate = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<IntakeService>();
        var programme = (await intake.FindProgrammeAsync(programmeCode))!;
        var details = new CandidateDetails
        {
            GivenName = givenName,
            FamilyName = "Test",
            BirthDate = birthDate ?? new DateOnly(1980, 1, 1),
            Email = email,
            Postcode = postcode,
            Country = country,
            Benefit = programmeCode == "meedoen-werkt" ? BenefitSituation.Bijstand : BenefitSituation.None,
        };
        var result = await intake.SubmitApplicationAsync(programme, details, ConsentChoices.None(ConsentMethod.Form), Guid.NewGuid(), "nl");
        await using var db = factory.Db();
        return await db.Context.Applications.SingleAsync(a => a.Reference == result.Reference);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = factory.Db();
        return (await db.Context.Users.SingleAsync(u => u.Email == email)).Id;
    }

    [Fact]
    public async Task Queue_FiltersByEligibilityAndSource()
    {
        var eligible = await ApplyAsync("Filter-Eligible");
        var outside = await ApplyAsync("Filter-Outside", postcode: "49074", country: "DE");

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var onlyIneligible = await lead.GetPageAsync("/intake-queue?eligible=false");
        Assert.Contains(outside.Reference, onlyIneligible);
        Assert.DoesNotContain(eligible.Reference, onlyIneligible);

        // The filters must show the rows they select, not only hide the others: a page that shows nothing passes no check here.
        var api = await ApiClient.Create(factory, DemoApiKeys.UwvEmmen).PostReferralAsync(ApiClient.Referral(ApiClient.NewReference()));
        Assert.Equal(HttpStatusCode.Created, api.StatusCode);
        var referred = (await api.JsonAsync()).GetProperty("reference").GetString()!;

        var onlyReferrals = await lead.GetPageAsync("/intake-queue?source=ReferralApi");
        Assert.Contains(referred, onlyReferrals);
        Assert.DoesNotContain(eligible.Reference, onlyReferrals);
        Assert.DoesNotContain(outside.Reference, onlyReferrals);

        var onlyPublicForm = await lead.GetPageAsync("/intake-queue?source=PublicForm");
        Assert.Contains(eligible.Reference, onlyPublicForm);
        Assert.Contains(outside.Reference, onlyPublicForm);
        Assert.DoesNotContain(referred, onlyPublicForm);
    }

    [Theory]
    [InlineData(DemoAccounts.Referrer)]
    [InlineData(DemoAccounts.Adviser)]
    [InlineData(DemoAccounts.Admin)]
    public async Task Queue_IsNotForOtherRoles(string email)
    {
        var application = await ApplyAsync("Rights-" + email[..4]);
        var client = factory.Browser();
        await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/intake-queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/intake-queue/{application.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/", $"/intake-queue/{application.Id}/decline", [new("Decline.Reason", "x")])).StatusCode);
    }

    [Fact]
    public async Task Coach_AcceptsEligibleApplication_AsParticipantInIntake_WithThemselvesAsCoach()
    {
        var application = await ApplyAsync("Accept-Me");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var fields = FormReader.Fields(await coach.GetPageAsync($"/intake-queue/{application.Id}"));

        var response = await coach.PostFormAsync($"/intake-queue/{application.Id}", $"/intake-queue/{application.Id}/accept", [new("Accept.CoachId", fields["Accept.CoachId"])]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        var participant = await db.Context.Participants.SingleAsync(p => p.ApplicationId == application.Id);
        Assert.Equal(Phase.Intake, participant.Phase);
        Assert.Equal(await UserIdAsync(DemoAccounts.Coach), participant.CoachId);
        Assert.Equal(ApplicationStatus.Accepted, (await db.Context.Applications.SingleAsync(a => a.Id == application.Id)).Status);
        Assert.DoesNotContain(application.Reference, await coach.GetPageAsync("/intake-queue"));
    }

    [Fact]
    public async Task Lead_AssignsAnotherCoach_ButNotOneOutsideTheProgramme()
    {
        var application = await ApplyAsync("Assign-Me");
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var url = $"/intake-queue/{application.Id}";

        var outsider = await lead.PostFormAsync(url, url + "/accept", [new("Accept.CoachId", await UserIdAsync("coach.achterhoek@jobportunities.test"))]);
        Assert.Equal(HttpStatusCode.OK, outsider.StatusCode);
        Assert.Contains("Kies een coach die in dit programma werkt.", await outsider.Content.ReadAsStringAsync());

        var colleague = await UserIdAsync("coach2@jobportunities.test");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(url, url + "/accept", [new("Accept.CoachId", colleague)])).StatusCode);
        await using var db = factory.Db();
        Assert.Equal(colleague, (await db.Context.Participants.SingleAsync(p => p.ApplicationId == application.Id)).CoachId);
    }

    [Fact]
    public async Task IneligibleApplication_NeedsAWrittenReason_ToBeAccepted()
    {
        var application = await ApplyAsync("Override-Me", postcode: "9711");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var url = $"/intake-queue/{application.Id}";
        var coachId = await UserIdAsync(DemoAccounts.Coach);

        var without = await coach.PostFormAsync(url, url + "/accept", [new("Accept.CoachId", coachId), new("Accept.OverrideReason", "")]);
        Assert.Equal(HttpStatusCode.OK, without.StatusCode);
        Assert.Contains("vul de reden in om haar toch aan te nemen", await without.Content.ReadAsStringAsync());

        var with = await coach.PostFormAsync(url, url + "/accept", [new("Accept.CoachId", coachId), new("Accept.OverrideReason", "Verhuist volgende maand naar Emmen")]);
        Assert.Equal(HttpStatusCode.Redirect, with.StatusCode);
        await using var db = factory.Db();
        Assert.Equal("Verhuist volgende maand naar Emmen", (await db.Context.Applications.SingleAsync(a => a.Id == application.Id)).DecisionReason);
    }

    [Fact]
    public async Task Decline_NeedsAReason_AndCannotBeDecidedTwice()
    {
        var application = await ApplyAsync("Decline-Me");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var url = $"/intake-queue/{application.Id}";

        var empty = await coach.PostFormAsync(url, url + "/decline", [new("Decline.Reason", "")]);
        Assert.Contains("Vul de reden van afwijzing in.", await empty.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(url, url + "/decline", [new("Decline.Reason", "Heeft al werk gevonden")])).StatusCode);
        // Decided: it has left the queue, so it is not found any more (and cannot be decided again).
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync(url)).StatusCode);
        var again = await coach.PostFormAsync("/intake-queue", url + "/accept", [new("Accept.CoachId", await UserIdAsync(DemoAccounts.Coach))]);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await using var db = factory.Db();
        Assert.False(await db.Context.Participants.AnyAsync(p => p.ApplicationId == application.Id));
    }

    [Fact]
    public async Task PossibleDuplicate_CanBeDismissed_OrMerged()
    {
        var original = await ApplyAsync("Dup", email: "dup@example.test", birthDate: new DateOnly(1977, 3, 3));
        var second = await ApplyAsync("Dup", birthDate: new DateOnly(1977, 3, 3));
        var third = await ApplyAsync("Other", email: "dup@example.test", birthDate: new DateOnly(1977, 3, 3));
        Assert.Equal(original.Id, second.PossibleDuplicateOfId);
        Assert.Equal(original.Id, third.PossibleDuplicateOfId);

        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Contains(original.Reference, await coach.GetPageAsync($"/intake-queue/{second.Id}"));

        await coach.PostFormAsync($"/intake-queue/{second.Id}", $"/intake-queue/{second.Id}/duplicate/merge", []);
        await coach.PostFormAsync($"/intake-queue/{third.Id}", $"/intake-queue/{third.Id}/duplicate/dismiss", []);

        await using var db = factory.Db();
        var merged = await db.Context.Applications.SingleAsync(a => a.Id == second.Id);
        Assert.Equal(ApplicationStatus.Declined, merged.Status);
        Assert.Contains(original.Reference, merged.DecisionReason);
        var dismissed = await db.Context.Applications.SingleAsync(a => a.Id == third.Id);
        Assert.Null(dismissed.PossibleDuplicateOfId);
        Assert.Equal(ApplicationStatus.New, dismissed.Status);
    }
}

/// <summary>Moves the clock between two applications, so in a database of its own.</summary>
public class IntakeQueueOrderTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Queue_ListsNewApplicationsOfOwnProgrammes_OldestFirst()
    {
        var first = await factory.ApplyAsync("Queue-First");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await factory.ApplyAsync("Queue-Second");
        var elsewhere = await factory.ApplyAsync("Queue-Elsewhere", "meedoen-werkt");

        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var page = await coach.GetPageAsync("/intake-queue");

        Assert.True(page.IndexOf(first.Reference, StringComparison.Ordinal) < page.IndexOf(second.Reference, StringComparison.Ordinal));
        Assert.DoesNotContain(elsewhere.Reference, page);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/intake-queue/{elsewhere.Id}")).StatusCode);

        var otherCoach = factory.Browser();
        await otherCoach.SignInAsync("coach.achterhoek@jobportunities.test");
        Assert.Contains(elsewhere.Reference, await otherCoach.GetPageAsync("/intake-queue"));
    }
}
