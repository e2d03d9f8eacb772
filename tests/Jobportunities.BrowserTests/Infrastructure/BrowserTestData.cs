using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.BrowserTests.Infrastructure;

/// <summary>Arranges applications and participants through the real services, as the app does (like the integration tests' TestData).</summary>
public static class BrowserTestData
{
    /// <summary>An eligible application from the public form in the queue of New Jobportunities 2.0 (postcode 7811, Emmen).</summary>
    public static async Task<Application> ApplyAsync(this BrowserAppFactory factory, string givenName, string familyName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<IntakeService>();
        var programme = (await intake.FindProgrammeAsync("new-jobportunities-2"))!;
        var details = new CandidateDetails
        {
            GivenName = givenName,
            FamilyName = familyName,
            BirthDate = new DateOnly(1984, 5, 17),
            Email = $"{givenName.ToLowerInvariant()}.{Guid.NewGuid():N}@example.test",
            Postcode = "7811 AB",
            City = "Emmen",
            Country = "NL",
            Benefit = BenefitSituation.None,
        };
        var result = await intake.SubmitApplicationAsync(programme, details, new ConsentChoices(false, false, true, ConsentMethod.Form), Guid.NewGuid(), "nl");
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        return await db.Applications.AsNoTracking().SingleAsync(a => a.Reference == result.Reference);
    }

    /// <summary>A participant in phase Intake with the given coach, accepted by the demo lead.</summary>
    public static async Task<int> ParticipantAsync(this BrowserAppFactory factory, string givenName, string familyName, string coachEmail = "coach@jobportunities.test")
    {
        var application = await factory.ApplyAsync(givenName, familyName);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var coach = await db.Users.SingleAsync(u => u.Email == coachEmail);
        var lead = await db.Users.SingleAsync(u => u.Email == "lead@jobportunities.test");
        var result = await scope.ServiceProvider.GetRequiredService<IntakeQueueService>()
            .AcceptAsync(new StaffUser(lead.Id, new HashSet<string> { Roles.ProgrammeLead }), application.Id, coach.Id, null);
        Assert.True(result.IsOk, $"Accept failed: {result.ErrorCode}");
        return result.Value;
    }
}
