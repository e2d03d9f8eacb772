using System.Net;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jobportunities.IntegrationTests.Trajectories.PlanTestKit;

namespace Jobportunities.IntegrationTests.Trajectories;

/// <summary>A plan item (wagon) added by mistake is withdrawn with a reason: kept in the history, out of costs and progress (ADR 0025).</summary>
public class WithdrawPlanItemTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static KeyValuePair<string, string>[] Reason(int itemId, string reason) => [new($"Withdrawals[{itemId}].Reason", reason)];

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<CoachingPlan> PlanAsync(int participantId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var coach = new StaffUser(await factory.UserIdAsync(DemoAccounts.Coach), new HashSet<string> { Roles.Coach });
        return (await scope.ServiceProvider.GetRequiredService<CoachingPlanService>().ReadAsync(coach, participantId))!;
    }

    private async Task<decimal> SpentAsync(int programmeId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ProgrammeSpendService>().ForProgrammeAsync(programmeId)).Spent;
    }

    [Fact]
    public async Task Withdraw_KeepsTheItemInTheHistory_AndLeavesItOutOfTheCost()
    {
        var id = await factory.ParticipantAsync("Intrekken", DemoAccounts.Coach);
        var ids = await factory.ArrangePlanAsync(id, DemoAccounts.Coach);
        var before = await PlanAsync(id);
        var werkfitCost = before.Instruments.Single(i => i.Id == ids.WagonId).Cost;
        Assert.True(werkfitCost > 0);
        var spentBefore = await SpentAsync(before.Participant.ProgrammeId);
        var coach = await SignedInAsync(DemoAccounts.Coach);

        var response = await coach.PostFormAsync(Url(id), Url(id, $"/instruments/{ids.WagonId}/withdraw"), Reason(ids.WagonId, "Per vergissing twee keer toegevoegd"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await PlanAsync(id);
        var item = after.Instruments.Single(i => i.Id == ids.WagonId);
        Assert.Equal(InstrumentStatus.Withdrawn, item.Status);
        Assert.Equal("Per vergissing twee keer toegevoegd", item.WithdrawReason);
        Assert.Equal(await factory.UserIdAsync(DemoAccounts.Coach), item.WithdrawnByUserId);
        Assert.NotNull(item.WithdrawnUtc);
        Assert.Equal(before.Cost.Total - werkfitCost, after.Cost.Total);
        Assert.Contains(after.History, h => h.Kind == PlanChangeKind.InstrumentWithdrawn && h.ItemId == ids.WagonId && h.Note == "Per vergissing twee keer toegevoegd");

        var page = await coach.GetPageAsync(Url(id));
        Assert.Contains($"id=\"withdrawn-{ids.WagonId}\"", page);
        Assert.DoesNotContain($"id=\"wagon-{ids.WagonId}\"", page);
        Assert.Contains("Per vergissing twee keer toegevoegd", page);
        Assert.Contains("Wagon ingetrokken", page);

        Assert.Equal(spentBefore - werkfitCost, await SpentAsync(before.Participant.ProgrammeId));
    }

    [Fact]
    public async Task WithdrawingTwice_ChangesNothingMore()
    {
        var id = await factory.ParticipantAsync("Tweemaal", DemoAccounts.Coach);
        var ids = await factory.ArrangePlanAsync(id, DemoAccounts.Coach);
        var coach = await SignedInAsync(DemoAccounts.Coach);

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Url(id, $"/instruments/{ids.WagonId}/withdraw"), Reason(ids.WagonId, "Eerste reden"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Url(id, $"/instruments/{ids.WagonId}/withdraw"), Reason(ids.WagonId, "Tweede reden"))).StatusCode);

        await using var db = factory.Db();
        Assert.Equal("Eerste reden", (await db.Context.PlanInstruments.SingleAsync(i => i.Id == ids.WagonId)).WithdrawReason);
        Assert.Equal(1, await db.Context.PlanHistory.CountAsync(h => h.ParticipantId == id && h.Kind == PlanChangeKind.InstrumentWithdrawn));
    }

    [Fact]
    public async Task Withdraw_WithoutAReason_ReshowsTheFormNamingTheField()
    {
        var id = await factory.ParticipantAsync("Zonderreden", DemoAccounts.Coach);
        var ids = await factory.ArrangePlanAsync(id, DemoAccounts.Coach);
        var coach = await SignedInAsync(DemoAccounts.Coach);

        var response = await coach.PostFormAsync(Url(id), Url(id, $"/instruments/{ids.WagonId}/withdraw"), Reason(ids.WagonId, " "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul ‘Reden van intrekken’ in.", await response.Content.ReadAsStringAsync());
        await using var db = factory.Db();
        Assert.NotEqual(InstrumentStatus.Withdrawn, (await db.Context.PlanInstruments.SingleAsync(i => i.Id == ids.WagonId)).Status);
    }

    [Fact]
    public async Task Withdraw_ByAnotherCoach_IsNotFound_AndChangesNothing()
    {
        var id = await factory.ParticipantAsync("Anderecoach", DemoAccounts.Coach);
        var ids = await factory.ArrangePlanAsync(id, DemoAccounts.Coach);
        var other = await SignedInAsync(DemoParticipantSeeder.Coach2);

        var response = await other.PostFormAsync("/account/login", Url(id, $"/instruments/{ids.WagonId}/withdraw"), Reason(ids.WagonId, "Niet mijn dossier"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = factory.Db();
        Assert.NotEqual(InstrumentStatus.Withdrawn, (await db.Context.PlanInstruments.SingleAsync(i => i.Id == ids.WagonId)).Status);
    }

    [Fact]
    public async Task WithdrawingAnEnrolledItem_ReleasesTheSeat_AndEndsTheEnrolment()
    {
        var id = await factory.ParticipantAsync("Opleidingsplaats", DemoAccounts.Coach);
        var ids = await factory.ArrangePlanAsync(id, DemoAccounts.Coach);
        Assert.Equal(1, await factory.SeatsTakenAsync(ids.RunId));
        int trainingItem;
        await using (var db = factory.Db())
        {
            trainingItem = (await db.Context.Enrolments.SingleAsync(e => e.Id == ids.EnrolmentId)).PlanInstrumentId;
        }

        var coach = await SignedInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Url(id, $"/instruments/{trainingItem}/withdraw"), Reason(trainingItem, "Verkeerde startdatum gekozen"))).StatusCode);

        Assert.Equal(0, await factory.SeatsTakenAsync(ids.RunId));
        await using var check = factory.Db();
        var enrolment = await check.Context.Enrolments.SingleAsync(e => e.Id == ids.EnrolmentId);
        Assert.Equal(EnrolmentStatus.DroppedOut, enrolment.Status);
        Assert.Equal("Verkeerde startdatum gekozen", enrolment.DropOutReason);
    }
}
