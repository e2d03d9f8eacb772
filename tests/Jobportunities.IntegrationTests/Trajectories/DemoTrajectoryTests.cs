using Jobportunities.Core.Participants;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Trajectories;

/// <summary>The demo plans show every state, for whatever participants exist, and seeding twice changes nothing.</summary>
public class DemoTrajectoryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task DemoPlans_CoverEveryState_AndSeedingIsIdempotent()
    {
        var ids = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await factory.ParticipantAsync("Demo" + i, i % 2 == 0 ? DemoAccounts.Coach : "coach2@jobportunities.test"));
        }

        await using (var db = factory.Db())
        {
            await db.Context.Participants.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.Phase, Phase.Trajectory));
        }

        await SeedAsync();
        var counts = await CountsAsync();
        await SeedAsync();
        Assert.Equal(counts, await CountsAsync());

        await using var check = factory.Db();
        var wagons = await check.Context.PlanInstruments.ToListAsync();
        Assert.All(ids, id => Assert.Contains(wagons, w => w.ParticipantId == id));
        Assert.Equal(Enum.GetValues<InstrumentStatus>().Order(), wagons.Select(w => w.Status).Distinct().Order());
        Assert.Contains(wagons, w => w.Status == InstrumentStatus.Stopped && w.ActualStart is null);
        var enrolments = await check.Context.Enrolments.ToListAsync();
        Assert.Equal(Enum.GetValues<EnrolmentStatus>().Order(), enrolments.Select(e => e.Status).Distinct().Order());
        Assert.True(await check.Context.WorkBasedLearningCertificates.AnyAsync());
        Assert.True(await check.Context.CostShares.AnyAsync(s => s.Payer == PayerKind.Employer));
        Assert.True(await check.Context.CourseRuns.AnyAsync(r => r.Seats == 1 && r.SeatsTaken == 1));
        Assert.True(await check.Context.PlanHistory.CountAsync() >= wagons.Count);
        Assert.All(await check.Context.CourseRuns.ToListAsync(), r => Assert.Equal(r.SeatsTaken, enrolments.Count(e => e.CourseRunId == r.Id)));

        // And the pages show them.
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Contains("id=\"train-list\"", await coach.GetPageAsync(PlanTestKit.Url(ids[0])));
    }

    private async Task SeedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoTrajectorySeeder>().SeedAsync();
    }

    private async Task<(int, int, int, int, int)> CountsAsync()
    {
        await using var db = factory.Db();
        return (await db.Context.TrainingProviders.CountAsync(), await db.Context.PlanInstruments.CountAsync(), await db.Context.PlanGoals.CountAsync(),
            await db.Context.Enrolments.CountAsync(), await db.Context.PlanHistory.CountAsync());
    }
}
