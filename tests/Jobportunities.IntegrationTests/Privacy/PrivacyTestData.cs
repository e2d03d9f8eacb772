using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Programmes;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Privacy;

/// <summary>Files with personal details in every place anonymisation must reach.</summary>
public static class PrivacyTestData
{
    /// <summary>A participant of the demo coach, accepted from an application in <paramref name="language"/>.</summary>
    public static async Task<int> ParticipantInAsync(this AppFactory factory, string givenName, string language)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<IntakeService>();
        var programme = (await intake.FindProgrammeAsync("new-jobportunities-2"))!;
        var details = new CandidateDetails
        {
            GivenName = givenName, FamilyName = "Taal", BirthDate = new DateOnly(1985, 9, 9), Email = $"{givenName.ToLowerInvariant()}@example.test",
            Postcode = "7811", Country = "NL", Benefit = BenefitSituation.None,
        };
        var result = await intake.SubmitApplicationAsync(programme, details, new ConsentChoices(true, false, false, ConsentMethod.Form), Guid.NewGuid(), language);
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var application = await db.Applications.SingleAsync(a => a.Reference == result.Reference);
        var coach = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Coach);
        var lead = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Lead);
        var accepted = await scope.ServiceProvider.GetRequiredService<IntakeQueueService>()
            .AcceptAsync(new StaffUser(lead.Id, new HashSet<string> { Roles.ProgrammeLead }), application.Id, coach.Id, null);
        Assert.True(accepted.IsOk);
        return accepted.Value;
    }

    /// <summary>Adds a journal entry, a barrier assessment with health, and (when given) the exit.</summary>
    public static async Task FillFileAsync(this AppFactory factory, int id, DateOnly? exitDate = null)
    {
        await using var db = factory.Db();
        var p = await db.Context.Participants.SingleAsync(x => x.Id == id);
        var on = exitDate ?? factory.Clock.Today();
        db.Context.ContactMoments.Add(new ContactMoment(id, on.AddDays(-10), ContactKind.Phone, "Talked about the debts", "Call the budget coach", on, p.CoachId, factory.Clock.GetUtcNow().UtcDateTime));
        db.Context.BarrierAssessments.Add(new BarrierAssessment(id, AssessmentMoment.Intake, on.AddDays(-20),
            new Dictionary<BarrierKind, int> { [BarrierKind.Health] = 3, [BarrierKind.Debts] = 2 }, "Cannot lift heavy loads", p.CoachId));
        if (exitDate is { } exit)
        {
            db.Context.PhaseChanges.Add(p.MoveTo(Phase.Exited, p.CoachId, exit.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), ExitReason.FoundWork, "moved to Hengelo")!);
        }

        await db.Context.SaveChangesAsync();
    }

    /// <summary>A placement with its durable check still open (no outcome recorded).</summary>
    public static async Task OpenDurableCheckAsync(this AppFactory factory, int id)
    {
        await using var db = factory.Db();
        var p = await db.Context.Participants.SingleAsync(x => x.Id == id);
        var employer = new Employer("Privacy Test " + id, "NL", (80000000 + id).ToString(System.Globalization.CultureInfo.InvariantCulture), Sector.Care, factory.Clock.GetUtcNow().UtcDateTime);
        db.Context.Employers.Add(employer);
        await db.Context.SaveChangesAsync();
        var start = factory.Clock.Today().AddMonths(-2);
        var placement = new Placement(id, employer.Id, null, PlacementKind.Job, ContractType.FixedTerm, 32m, "NL", start, p.CoachId, factory.Clock.GetUtcNow().UtcDateTime);
        db.Context.Placements.Add(placement);
        await db.Context.SaveChangesAsync();
        db.Context.DurableChecks.Add(new DurableCheck(id, placement.Id, start.AddMonths(6)));
        await db.Context.SaveChangesAsync();
    }

    public static async Task SetRetentionAsync(this AppFactory factory, int monthsAfterExit, int monthsForApplications, string code = "new-jobportunities-2")
    {
        await using var db = factory.Db();
        var programme = await db.Context.Programmes.SingleAsync(p => p.Code == code);
        programme.SetRetention(monthsAfterExit, monthsForApplications);
        await db.Context.SaveChangesAsync();
    }
}
