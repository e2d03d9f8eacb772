using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Privacy;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Privacy;

/// <summary>Anonymising one file through the service; the daily job anonymises every file due, so its tests have databases of their own.</summary>
public class RetentionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AnonymisedFile_ShowsAsAnonymised_InTheFileAndTheCaseload()
    {
        var id = await factory.ParticipantAsync("Shownexit", DemoAccounts.Coach, familyName: "Lijst");
        await factory.FillFileAsync(id, factory.Clock.Today().AddMonths(-30));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<AnonymisationService>().AnonymiseParticipantAsync(id, factory.Clock.Today()));
        }

        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var file = await coach.GetPageAsync($"/participants/{id}");
        Assert.Contains("Geanonimiseerd", file);
        Assert.DoesNotContain("Shownexit", file);
        var caseload = await coach.GetPageAsync("/participants?exited=true");
        Assert.DoesNotContain("Shownexit", caseload);
        Assert.Contains("Geanonimiseerd", caseload);
        var placements = await coach.GetAsync($"/participants/{id}/placements");
        Assert.Equal(System.Net.HttpStatusCode.OK, placements.StatusCode);
    }
}

/// <summary>Two anonymisations of one file at the same moment, on two connections to a database file of its own.</summary>
public class AnonymiseAtOnceTests(DatabaseFileAppFactory factory) : IClassFixture<DatabaseFileAppFactory>
{
    [Fact]
    public async Task AnonymisingTheSameFileTwice_AtOnce_AnonymisesItOnce()
    {
        var id = await factory.ParticipantAsync("Concurrent", DemoAccounts.Coach, familyName: "Twee");
        await factory.FillFileAsync(id, factory.Clock.Today().AddMonths(-30));
        var today = factory.Clock.Today();
        using var together = new Barrier(2);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<AnonymisationService>();
            together.SignalAndWait(TimeSpan.FromSeconds(30));
            return await service.AnonymiseParticipantAsync(id, today);
        })));

        Assert.Equal(1, results.Count(r => r));
        await using var db = factory.Db();
        var p = await db.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == id);
        Assert.Equal((today, "", ""), (p.AnonymisedOn, p.GivenName, p.FamilyName));
    }
}

/// <summary>The daily retention job, through its single-run method (the test host keeps background jobs off), in a database of its own: it anonymises every file that is due.</summary>
public class RetentionJobTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private RetentionJob Job => factory.Services.GetRequiredService<RetentionJob>();

    [Fact]
    public async Task Job_AnonymisesAFileExitedLongerAgoThanTheProgrammeSetting_AndKeepsWhatReportsNeed()
    {
        await factory.SetRetentionAsync(3, 6);
        var today = factory.Clock.Today();
        var old = await factory.ParticipantAsync("Oldexit", DemoAccounts.Coach, familyName: "Verloop");
        var recent = await factory.ParticipantAsync("Recentexit", DemoAccounts.Coach, familyName: "Verloop");
        await factory.FillFileAsync(old, today.AddMonths(-4));
        await factory.FillFileAsync(recent, today.AddMonths(-2));
        Participant before;
        await using (var db = factory.Db())
        {
            before = await db.Context.Participants.AsNoTracking().SingleAsync(p => p.Id == old);
        }

        var run = await Job.RunOnceAsync();

        Assert.Equal(1, run.Participants); // the old file; the recent one waits
        await using var check = factory.Db();
        var p = await check.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == old);
        Assert.Equal(today, p.AnonymisedOn);
        Assert.Equal(("", ""), (p.GivenName, p.FamilyName));
        Assert.Null(p.Email);
        Assert.Null(p.Street);
        Assert.Null(p.HouseNumber);
        Assert.Null(p.City);
        Assert.Equal("7811", p.Postcode);
        Assert.Equal(before.BirthDate.Year, p.BirthDate.Year);
        Assert.True(p.BirthDate <= before.BirthDate);
        Assert.Equal((before.Reference, before.Gender, before.Benefit, before.Education, before.Country), (p.Reference, p.Gender, p.Benefit, p.Education, p.Country));
        Assert.Equal((Phase.Exited, ExitReason.FoundWork, before.ExitDate), (p.Phase, p.ExitReason, p.ExitDate));
        Assert.NotNull(p.ReEntryKey);

        Assert.All(await check.Context.ContactMoments.Where(c => c.ParticipantId == old).ToListAsync(), c => Assert.Equal(("", null), (c.Summary, c.NextAction)));
        var assessment = await check.Context.BarrierAssessments.Include(b => b.Ratings).SingleAsync(b => b.ParticipantId == old);
        Assert.Null(assessment.FunctionalLimitations);
        Assert.Empty(assessment.Ratings);
        var phases = await check.Context.PhaseChanges.Where(c => c.ParticipantId == old).ToListAsync();
        Assert.Contains(phases, c => c.To == Phase.Exited);
        Assert.All(phases, c => Assert.Null(c.Reason));

        var application = await check.Context.Applications.AsNoTracking().SingleAsync(a => a.Id == p.ApplicationId);
        Assert.Equal(today, application.AnonymisedOn);
        Assert.Equal(("", null, "7811"), (application.GivenName, application.Email, application.Postcode));
        Assert.NotNull(application.AreaName);

        var young = await check.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == recent);
        Assert.Null(young.AnonymisedOn);
        Assert.Equal("Recentexit", young.GivenName);
        Assert.Contains(await check.Context.ContactMoments.Where(c => c.ParticipantId == recent).Select(c => c.Summary).ToListAsync(), s => s.Length > 0);
    }
}

/// <summary>The retention job run twice, in a database of its own.</summary>
public class RetentionJobTwiceTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private RetentionJob Job => factory.Services.GetRequiredService<RetentionJob>();

    [Fact]
    public async Task Job_RunTwice_TheSecondRunChangesNothing()
    {
        await factory.SetRetentionAsync(3, 6);
        var id = await factory.ParticipantAsync("Twiceexit", DemoAccounts.Coach, familyName: "Herhaal");
        await factory.FillFileAsync(id, factory.Clock.Today().AddMonths(-5));

        var first = await Job.RunOnceAsync();
        Guid version;
        await using (var db = factory.Db())
        {
            version = (await db.Context.Participants.AsNoTracking().SingleAsync(p => p.Id == id)).Version;
        }

        var second = await Job.RunOnceAsync();

        Assert.Equal(1, first.Participants);
        Assert.Equal(0, second.Total);
        await using var check = factory.Db();
        var p = await check.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == id);
        Assert.Equal(version, p.Version);
        Assert.Equal(factory.Clock.Today(), p.AnonymisedOn);
    }
}

/// <summary>Applications that never became participants, in a host of their own (the run looks months ahead).</summary>
public class ApplicationRetentionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Run_AnonymisesADeclinedApplication_OnlyAfterItsMonths_AndNotOneStillWaiting()
    {
        var application = await factory.ApplyAsync("Neverstarted", familyName: "Wacht");
        var waiting = await factory.ApplyAsync("Stillwaiting", familyName: "Wacht");
        await using (var db = factory.Db())
        {
            var declined = await db.Context.Applications.SingleAsync(a => a.Id == application.Id);
            declined.Decline(await factory.UserIdAsync(DemoAccounts.Coach), "Buiten de regio", application.SubmittedUtc);
            await db.Context.SaveChangesAsync();
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var retention = scope.ServiceProvider.GetRequiredService<RetentionService>();
        var submitted = DateOnly.FromDateTime(application.SubmittedUtc);

        await retention.RunAsync(submitted.AddMonths(6).AddDays(-1));
        await using (var db = factory.Db())
        {
            Assert.Equal("Neverstarted", (await db.Context.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id)).GivenName);
        }

        await retention.RunAsync(submitted.AddMonths(6));
        await using var check = factory.Db();
        var after = await check.Context.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id);
        Assert.Equal(("", null, submitted.AddMonths(6)), (after.GivenName, after.Email, after.AnonymisedOn));
        Assert.Equal((application.IsEligible, application.AreaName, application.SubmittedUtc), (after.IsEligible, after.AreaName, after.SubmittedUtc));
        Assert.Null(after.DecisionReason);
        Assert.Equal("Stillwaiting", (await check.Context.Applications.AsNoTracking().SingleAsync(a => a.Id == waiting.Id)).GivenName);
    }
}
