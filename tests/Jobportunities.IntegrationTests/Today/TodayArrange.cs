using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Trajectories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Today;

/// <summary>Files for the start page: a next action, a durable check, a plan item, through the real services where there are any.</summary>
internal static class TodayArrange
{
    /// <summary>A contact on <paramref name="contactDaysAgo"/> with a next action due <paramref name="actionInDays"/> from today.</summary>
    public static async Task<int> FileWithActionAsync(this AppFactory factory, string name, string coachEmail, int actionInDays, int contactDaysAgo = 5)
    {
        var id = await factory.ParticipantAsync(name, coachEmail);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var coachId = (await db.Users.SingleAsync(u => u.Email == coachEmail)).Id;
        var files = scope.ServiceProvider.GetRequiredService<ParticipantFileService>();
        var today = factory.Today();
        var result = await files.AddContactAsync(new StaffUser(coachId, new HashSet<string> { Roles.Coach }), id, today.AddDays(-contactDaysAgo), ContactKind.Phone, "Gesprek",
            $"Actie {name}", today.AddDays(actionInDays));
        Assert.True(result.IsOk, $"Contact failed: {result.ErrorCode}");
        return id;
    }

    /// <summary>A placement with its durable check due <paramref name="dueInDays"/> from today, without an outcome.</summary>
    public static async Task<int> CheckAsync(this AppFactory factory, int participantId, int dueInDays)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var participant = await db.Participants.SingleAsync(p => p.Id == participantId);
        var employer = new Employer($"Vandaag BV {Guid.NewGuid():N}"[..30], "NL", Random.Shared.Next(10_000_000, 99_999_999).ToString(), Sector.Care, factory.Clock.GetUtcNow().UtcDateTime);
        db.Employers.Add(employer);
        await db.SaveChangesAsync();
        var due = factory.Today().AddDays(dueInDays);
        var placement = new Placement(participantId, employer.Id, null, PlacementKind.Job, ContractType.FixedTerm, 32m, "NL", due.AddMonths(-6), participant.CoachId, factory.Clock.GetUtcNow().UtcDateTime);
        db.Placements.Add(placement);
        await db.SaveChangesAsync();
        var check = new DurableCheck(participantId, placement.Id, due);
        db.DurableChecks.Add(check);
        await db.SaveChangesAsync();
        return check.Id;
    }

    /// <summary>A plan item of the first catalogue instrument, planned to start today.</summary>
    public static async Task WagonStartingTodayAsync(this AppFactory factory, int participantId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var instrument = await db.Instruments.OrderBy(i => i.Id).FirstAsync();
        var today = factory.Today();
        db.PlanInstruments.Add(new PlanInstrument(participantId, instrument.Id, 1, new PlanInstrumentInput(null, today, today.AddMonths(2), 0m)));
        await db.SaveChangesAsync();
    }
}
