using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.Core.FollowUps;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Reporting;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.FollowUps;

public class FollowUpTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private DateOnly Today => factory.Clock.Today();

    /// <summary>A follow-up of a participant who left on the given day (written directly: the factory's clock stays where it is).</summary>
    private async Task<int> FollowUpAsync(int participantId, DateOnly exitDate)
    {
        await using var db = factory.Db();
        var followUp = new FollowUp(participantId, exitDate);
        db.Context.FollowUps.Add(followUp);
        await db.Context.SaveChangesAsync();
        return followUp.Id;
    }

    /// <summary>Gives the participant the labour-market status "in paid work" at entry, as the intake form records it.</summary>
    private async Task EmployedAtEntryAsync(int participantId)
    {
        await using var db = factory.Db();
        var participant = await db.Context.Participants.SingleAsync(p => p.Id == participantId);
        participant.RecordIndicators(participant.Indicators with { LabourMarket = LabourMarketAnswer.Employed });
        await db.Context.SaveChangesAsync();
    }

    private static KeyValuePair<string, string>[] Form(string situation, string source, DateOnly recordedOn) =>
        [new("Form.Situation", situation), new("Form.Source", source), new("Form.RecordedOn", recordedOn.ToString("yyyy-MM-dd")), new("Form.Note", "Gebeld")];

    [Fact]
    public async Task Exit_OpensAFollowUp_SixCalendarMonthsAfterTheExitDate()
    {
        var id = await factory.ParticipantAsync("Vertrek", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        var response = await coach.PostFormAsync($"/participants/{id}", $"/participants/{id}/phase", [new("Phase.To", "Exited"), new("Phase.ExitReason", "FoundWork")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        var exit = (await db.Context.Participants.SingleAsync(p => p.Id == id)).ExitDate!.Value;
        var followUp = await db.Context.FollowUps.SingleAsync(f => f.ParticipantId == id);
        Assert.Equal(exit, followUp.ExitDate);
        Assert.Equal(FollowUpRule.DueDate(exit), followUp.DueDate);
        Assert.True(followUp.IsOpen);
        var file = await coach.GetPageAsync($"/participants/{id}");
        Assert.Contains("id=\"follow-up\"", file);
    }

    [Fact]
    public async Task Record_ByTheCoach_StoresTheSituation_AndMovesItToRecorded()
    {
        var id = await factory.ParticipantAsync("Nazorg", DemoAccounts.Coach, familyName: "Vastgelegd");
        var followUpId = await FollowUpAsync(id, Today.AddMonths(-7));
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Contains("Nazorg Vastgelegd", await coach.GetPageAsync("/follow-ups"));

        var response = await coach.PostFormAsync($"/follow-ups/{followUpId}", $"/follow-ups/{followUpId}", Form("Employed", "Participant", Today));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        var followUp = await db.Context.FollowUps.SingleAsync(f => f.Id == followUpId);
        Assert.Equal(FollowUpSituation.Employed, followUp.Situation);
        Assert.Equal(FollowUpSource.Participant, followUp.Source);
        Assert.Equal(Today, followUp.RecordedOn);
        Assert.Equal("Gebeld", followUp.Note);
        Assert.True(await db.Context.AuditEntries.AnyAsync(a => a.ObjectType == FollowUpService.ObjectType && a.ObjectId == id.ToString() && a.Detail == "follow-up:Employed"));

        var again = await coach.PostFormAsync($"/follow-ups/{followUpId}", $"/follow-ups/{followUpId}", Form("Unknown", "Other", Today));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        db.Context.ChangeTracker.Clear();
        Assert.Equal(FollowUpSituation.Employed, (await db.Context.FollowUps.SingleAsync(f => f.Id == followUpId)).Situation);
    }

    [Fact]
    public async Task Record_WithoutSituationOrTooLongNote_ReshowsTheForm_NamingTheField_KeepingTheInput()
    {
        var id = await factory.ParticipantAsync("Nazorg", DemoAccounts.Coach, familyName: "Onvolledig");
        var followUpId = await FollowUpAsync(id, Today.AddMonths(-7));
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        var response = await coach.PostFormAsync($"/follow-ups/{followUpId}", $"/follow-ups/{followUpId}",
            [new("Form.Source", "Employer"), new("Form.RecordedOn", Today.ToString("yyyy-MM-dd")), new("Form.Note", new string('x', 1001))]);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul ‘Situatie’ in.", page);
        Assert.Contains("Toelichting", page);
        await using var db = factory.Db();
        Assert.Null((await db.Context.FollowUps.SingleAsync(f => f.Id == followUpId)).Situation);
    }

    [Fact]
    public async Task Record_BeforeTheFollowUpDate_IsRefused()
    {
        var id = await factory.ParticipantAsync("Nazorg", DemoAccounts.Coach, familyName: "Tevroeg");
        var followUpId = await FollowUpAsync(id, Today.AddMonths(-2));
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        var response = await coach.PostFormAsync($"/follow-ups/{followUpId}", $"/follow-ups/{followUpId}", Form("Employed", "Participant", Today));

        Assert.Contains("De nazorgdatum is nog niet bereikt.", await response.Content.ReadAsStringAsync());
        await using var db = factory.Db();
        Assert.Null((await db.Context.FollowUps.SingleAsync(f => f.Id == followUpId)).Situation);
    }

    [Fact]
    public async Task FollowUps_FollowTheFileRights()
    {
        var id = await factory.ParticipantAsync("Nazorg", DemoAccounts.Coach, familyName: "Rechten");
        var followUpId = await FollowUpAsync(id, Today.AddMonths(-7));
        var url = $"/follow-ups/{followUpId}";

        var other = factory.Browser();
        await other.SignInAsync("coach2@jobportunities.test");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/follow-ups", url, Form("Employed", "Participant", Today))).StatusCode);
        Assert.DoesNotContain("Nazorg Rechten", await other.GetPageAsync("/follow-ups"));

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(url)).StatusCode);
        Assert.Contains("Nazorg Rechten", await lead.GetPageAsync("/follow-ups"));
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostFormAsync("/follow-ups", url, Form("Employed", "Participant", Today))).StatusCode);

        foreach (var email in new[] { DemoAccounts.Adviser, DemoAccounts.Referrer, DemoAccounts.Admin })
        {
            var client = factory.Browser();
            await client.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/follow-ups")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        await using var db = factory.Db();
        Assert.Null((await db.Context.FollowUps.SingleAsync(f => f.Id == followUpId)).Situation);
    }

    [Fact]
    public async Task OverdueFollowUp_IsASignal_UntilItIsRecorded()
    {
        var id = await factory.ParticipantAsync("Nazorg", DemoAccounts.Coach, familyName: "Signaal");
        var followUpId = await FollowUpAsync(id, Today.AddMonths(-6).AddDays(-40));
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        var signals = await coach.GetPageAsync("/signals");
        Assert.Contains($"href=\"/follow-ups/{followUpId}\"", signals);

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"/follow-ups/{followUpId}", $"/follow-ups/{followUpId}", Form("SelfEmployed", "Employer", Today))).StatusCode);
        Assert.DoesNotContain($"href=\"/follow-ups/{followUpId}\"", await coach.GetPageAsync("/signals"));
    }

    [Fact]
    public async Task ReEntry_WithdrawsTheOpenFollowUp_OfTheEarlierParticipation()
    {
        var first = await factory.ParticipantAsync("Terugkeer", DemoAccounts.Coach, familyName: "Weer");
        var followUpId = await FollowUpAsync(first, Today.AddMonths(-5));

        await factory.ParticipantAsync("Terugkeer", DemoAccounts.Coach, familyName: "Weer");

        await using var db = factory.Db();
        var followUp = await db.Context.FollowUps.SingleAsync(f => f.Id == followUpId);
        Assert.NotNull(followUp.WithdrawnUtc);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.DoesNotContain($"href=\"/follow-ups/{followUpId}\"", await coach.GetPageAsync("/follow-ups"));
    }

    [Fact]
    public async Task LongerTermResult_CountsAFollowUpThatRecordedWork_WithoutAPlacement()
    {
        var employed = await factory.ParticipantAsync("Indicator", DemoAccounts.Coach, familyName: "Werk");
        var looking = await factory.ParticipantAsync("Indicator", DemoAccounts.Coach, familyName: "Zoekt");
        var before = await factory.ParticipantAsync("Indicator", DemoAccounts.Coach, familyName: "Eerder");
        var exit = Today.AddMonths(-7);
        var ids = new[] { await FollowUpAsync(employed, exit), await FollowUpAsync(looking, exit), await FollowUpAsync(before, exit.AddYears(-2)) };
        await using var scope = factory.Services.CreateAsyncScope();
        var followUps = scope.ServiceProvider.GetRequiredService<FollowUpService>();
        var coach = new Core.Identity.StaffUser(await factory.UserIdAsync(DemoAccounts.Coach), new HashSet<string> { Core.Identity.Roles.Coach });
        Assert.True((await followUps.RecordAsync(coach, ids[0], new FollowUpInput(FollowUpSituation.Employed, FollowUpSource.Participant, Today, null, null))).IsOk);
        Assert.True((await followUps.RecordAsync(coach, ids[1], new FollowUpInput(FollowUpSituation.LookingForWork, FollowUpSource.Participant, Today, null, null))).IsOk);
        Assert.True((await followUps.RecordAsync(coach, ids[2], new FollowUpInput(FollowUpSituation.SelfEmployed, FollowUpSource.Other, Today, null, null))).IsOk);
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var cohort = new[] { employed, looking, before };

        var inWork = await db.Participants.Where(p => cohort.Contains(p.Id))
            .Where(LongerTermResultQuery.InEmploymentSixMonthsAfterLeaving(db)).Select(p => p.Id).ToListAsync();

        Assert.Equal(new[] { employed, before }.Order(), inWork.Order());
    }

    [Fact]
    public async Task Record_ForAPersonInWorkAtEntry_AsksWhetherTheSituationImproved_AndRequiresTheAnswerWhenInWork()
    {
        var id = await factory.ParticipantAsync("Nazorg", DemoAccounts.Coach, familyName: "Verbeterd");
        await EmployedAtEntryAsync(id);
        var followUpId = await FollowUpAsync(id, Today.AddMonths(-7));
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var url = $"/follow-ups/{followUpId}";
        Assert.Contains("name=\"Form.Improvement\"", await coach.GetPageAsync(url));

        var missing = await coach.PostFormAsync(url, url, Form("Employed", "Participant", Today));

        var page = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Kies bij Verbeterde positie op de arbeidsmarkt een antwoord", page);
        Assert.Contains("Gebeld</textarea>", page);
        await using var db = factory.Db();
        Assert.Null((await db.Context.FollowUps.SingleAsync(f => f.Id == followUpId)).Situation);

        var response = await coach.PostFormAsync(url, url, [.. Form("Employed", "Participant", Today), new("Form.Improvement", "Promotion")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        db.Context.ChangeTracker.Clear();
        Assert.Equal(FollowUpImprovement.Promotion, (await db.Context.FollowUps.SingleAsync(f => f.Id == followUpId)).Improvement);
        Assert.Contains("Promotie gemaakt", await coach.GetPageAsync(url));
    }

    [Fact]
    public async Task Record_ForAPersonNotInWorkAtEntry_DoesNotAskOrKeepAnImprovement()
    {
        var id = await factory.ParticipantAsync("Nazorg", DemoAccounts.Coach, familyName: "Zonderwerk");
        var followUpId = await FollowUpAsync(id, Today.AddMonths(-7));
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var url = $"/follow-ups/{followUpId}";
        Assert.DoesNotContain("name=\"Form.Improvement\"", await coach.GetPageAsync(url));

        var response = await coach.PostFormAsync(url, url, [.. Form("Employed", "Participant", Today), new("Form.Improvement", "Promotion")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        var followUp = await db.Context.FollowUps.SingleAsync(f => f.Id == followUpId);
        Assert.Equal(FollowUpSituation.Employed, followUp.Situation);
        Assert.Null(followUp.Improvement);
    }

    [Fact]
    public async Task ImprovedSituation_CountsOnlyPersonsInWorkAtEntry_WithOneOfTheFourImprovements()
    {
        var promoted = await factory.ParticipantAsync("Verbetering", DemoAccounts.Coach, familyName: "Promotie");
        var notImproved = await factory.ParticipantAsync("Verbetering", DemoAccounts.Coach, familyName: "Gelijk");
        var inEducation = await factory.ParticipantAsync("Verbetering", DemoAccounts.Coach, familyName: "Opleiding");
        var notEmployedAtEntry = await factory.ParticipantAsync("Verbetering", DemoAccounts.Coach, familyName: "Werkloos");
        foreach (var id in new[] { promoted, notImproved, inEducation })
        {
            await EmployedAtEntryAsync(id);
        }

        var exit = Today.AddMonths(-7);
        var ids = new[] { await FollowUpAsync(promoted, exit), await FollowUpAsync(notImproved, exit), await FollowUpAsync(inEducation, exit), await FollowUpAsync(notEmployedAtEntry, exit) };
        await using var scope = factory.Services.CreateAsyncScope();
        var followUps = scope.ServiceProvider.GetRequiredService<FollowUpService>();
        var coach = new Core.Identity.StaffUser(await factory.UserIdAsync(DemoAccounts.Coach), new HashSet<string> { Core.Identity.Roles.Coach });
        var unanswered = await followUps.RecordAsync(coach, ids[0], new FollowUpInput(FollowUpSituation.SelfEmployed, FollowUpSource.Participant, Today, null, null));
        Assert.Equal((Outcome.Invalid, "ImprovementRequired"), (unanswered.Outcome, unanswered.ErrorCode));
        Assert.True((await followUps.RecordAsync(coach, ids[0], new FollowUpInput(FollowUpSituation.SelfEmployed, FollowUpSource.Participant, Today, null, FollowUpImprovement.StableEmployment))).IsOk);
        Assert.True((await followUps.RecordAsync(coach, ids[1], new FollowUpInput(FollowUpSituation.Employed, FollowUpSource.Employer, Today, null, FollowUpImprovement.NotImproved))).IsOk);
        Assert.True((await followUps.RecordAsync(coach, ids[2], new FollowUpInput(FollowUpSituation.InEducation, FollowUpSource.Participant, Today, null, FollowUpImprovement.Promotion))).IsOk);
        Assert.True((await followUps.RecordAsync(coach, ids[3], new FollowUpInput(FollowUpSituation.Employed, FollowUpSource.Participant, Today, null, FollowUpImprovement.Promotion))).IsOk);
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var cohort = new[] { promoted, notImproved, inEducation, notEmployedAtEntry };

        var improved = await db.Participants.Where(p => cohort.Contains(p.Id))
            .Where(LongerTermResultQuery.ImprovedSituationSixMonthsAfterLeaving(db)).Select(p => p.Id).ToListAsync();

        Assert.Equal([promoted], improved);
    }
}
