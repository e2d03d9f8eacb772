using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Infrastructure;

/// <summary>Arranges applications and participants through the real services, as the app does.</summary>
public static class TestData
{
    /// <summary>An application; consent to share with training providers is given unless said otherwise (enrolment needs it).</summary>
    public static async Task<Application> ApplyAsync(this AppFactory factory, string givenName, string programmeCode = "new-jobportunities-2", bool shareWithEmployers = false, string familyName = "Test", bool shareWithTrainingProviders = true)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<IntakeService>();
        var programme = (await intake.FindProgrammeAsync(programmeCode))!;
        var details = new CandidateDetails
        {
            GivenName = givenName,
            FamilyName = familyName,
            BirthDate = new DateOnly(1982, 6, 15),
            Email = $"{givenName.ToLowerInvariant()}.{Guid.NewGuid():N}@example.test",
            Postcode = programmeCode == "meedoen-werkt" ? "7061" : "7811",
            Country = "NL",
            Benefit = programmeCode == "meedoen-werkt" ? BenefitSituation.Bijstand : BenefitSituation.None,
        };
        var consents = new ConsentChoices(false, shareWithEmployers, shareWithTrainingProviders, ConsentMethod.Form);
        var result = await intake.SubmitApplicationAsync(programme, details, consents, Guid.NewGuid(), "nl");
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        return await db.Applications.AsNoTracking().SingleAsync(a => a.Reference == result.Reference);
    }

    /// <summary>A participant in phase Intake with the given coach, accepted by the demo lead.</summary>
    public static async Task<int> ParticipantAsync(this AppFactory factory, string givenName, string coachEmail, string programmeCode = "new-jobportunities-2", bool shareWithEmployers = false, string familyName = "Test", bool shareWithTrainingProviders = true)
    {
        var application = await factory.ApplyAsync(givenName, programmeCode, shareWithEmployers, familyName, shareWithTrainingProviders);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var coach = await db.Users.SingleAsync(u => u.Email == coachEmail);
        var lead = await db.Users.SingleAsync(u => u.Email == "lead@jobportunities.test");
        var queue = scope.ServiceProvider.GetRequiredService<IntakeQueueService>();
        var result = await queue.AcceptAsync(new StaffUser(lead.Id, new HashSet<string> { Roles.ProgrammeLead }), application.Id, coach.Id, null);
        Assert.True(result.IsOk, $"Accept failed: {result.ErrorCode}");
        return result.Value;
    }

    public static async Task<string> UserIdAsync(this AppFactory factory, string email)
    {
        await using var db = factory.Db();
        return (await db.Context.Users.SingleAsync(u => u.Email == email)).Id;
    }
}
