using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using static Jobportunities.IntegrationTests.Trajectories.PlanTestKit;

namespace Jobportunities.IntegrationTests.Trajectories;

/// <summary>A coach builds and changes a plan through its pages; every change is kept as history and audited.</summary>
public class CoachingPlanTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Coach_BuildsAPlan_AndEveryChangeIsKeptAsHistory()
    {
        var id = await factory.ParticipantAsync("Plan", DemoAccounts.Coach, familyName: "Bouwer");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var today = factory.Today();
        var plan = Url(id);

        Assert.Contains("Er zijn nog geen doelen.", await coach.GetPageAsync(plan));
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(plan, Url(id, "/goals"),
            [new("NewGoal.What", "Vier ochtenden per week actief"), new("NewGoal.ByWhen", today.AddDays(60).Iso()), new("NewGoal.HowMeasured", "Presentielijst leerwerkbedrijf")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(plan, Url(id, "/instruments"),
            [new("NewInstrument.InstrumentId", (await factory.InstrumentIdAsync("werkfit")).ToString()), new("NewInstrument.PlannedStart", today.AddDays(7).Iso())])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(plan, Url(id, "/instruments"),
            [new("NewInstrument.InstrumentId", (await factory.InstrumentIdAsync("taaltraining")).ToString()), new("NewInstrument.Provider", "Taalhuis Emmen"), new("NewInstrument.Cost", "950")])).StatusCode);

        int goalId, werkfitId, taalId;
        await using (var db = factory.Db())
        {
            goalId = await db.Context.PlanGoals.Where(g => g.ParticipantId == id).Select(g => g.Id).SingleAsync();
            var wagons = await db.Context.PlanInstruments.Include(i => i.Instrument).Where(i => i.ParticipantId == id).OrderBy(i => i.Position).ToListAsync();
            Assert.Equal(["werkfit", "taaltraining"], wagons.Select(w => w.Instrument!.Code));
            Assert.Equal([1, 2], wagons.Select(w => w.Position));
            Assert.Equal(1500m, wagons[0].Cost);
            Assert.Equal(950m, wagons[1].Cost);
            (werkfitId, taalId) = (wagons[0].Id, wagons[1].Id);
        }

        var page = await coach.GetPageAsync(plan);
        var version = FormReader.Fields(page)[$"Goals[{goalId}].Version"];
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(plan, Url(id, $"/goals/{goalId}"),
            [new($"Goals[{goalId}].Version", version), new($"Goals[{goalId}].What", "Vijf ochtenden per week actief"), new($"Goals[{goalId}].ByWhen", today.AddDays(90).Iso()), new($"Goals[{goalId}].HowMeasured", "Presentielijst")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(plan, Url(id, $"/instruments/{werkfitId}/status"),
            [new($"Statuses[{werkfitId}].To", "Running"), new($"Statuses[{werkfitId}].Date", today.Iso())])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(plan, Url(id, $"/instruments/{taalId}/status"),
            [new($"Statuses[{taalId}].To", "Stopped"), new($"Statuses[{taalId}].Date", today.Iso()), new($"Statuses[{taalId}].Reason", "Volgt al een cursus via de gemeente")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(plan, Url(id, $"/goals/{goalId}/achieved"), [])).StatusCode);

        page = await coach.GetPageAsync(plan);
        Assert.Contains("Vijf ochtenden per week actief", page);
        Assert.Contains("Volgt al een cursus via de gemeente", page);
        Assert.Contains("telt niet mee (gestopt voor de start)", page);
        Assert.Contains("€ 1.500", page); // the total: werkfit only, the stopped-before-start language course does not count

        await using (var db = factory.Db())
        {
            var history = await db.Context.PlanHistory.Where(h => h.ParticipantId == id).OrderBy(h => h.Id).ToListAsync();
            Assert.Equal(
                [PlanChangeKind.GoalAdded, PlanChangeKind.InstrumentAdded, PlanChangeKind.InstrumentAdded, PlanChangeKind.GoalChanged,
                 PlanChangeKind.InstrumentStatusChanged, PlanChangeKind.InstrumentStatusChanged, PlanChangeKind.GoalAchieved],
                history.Select(h => h.Kind));
            var coachId = await factory.UserIdAsync(DemoAccounts.Coach);
            Assert.All(history, h => Assert.Equal(coachId, h.ByUserId));
            Assert.Equal("Volgt al een cursus via de gemeente", history[5].Note);

            var audit = await db.Context.AuditEntries.Where(e => e.ObjectType == PlanAccess.ObjectType && e.ObjectId == id.ToString()).ToListAsync();
            Assert.Equal(7, audit.Count(e => e.Action == AuditAction.Update && e.Result == AuditResult.Success));
            Assert.Contains(audit, e => e.Action == AuditAction.Read && e.Detail == "plan" && e.ActorUserId == coachId);
        }

        Assert.Contains("Doel behaald: Vijf ochtenden per week actief", page);
        Assert.Contains("Status instrument: Taaltraining → Gestopt (Volgt al een cursus via de gemeente)", page);
        Assert.Contains("Sanne de Vries", page);
    }

    [Fact]
    public async Task IllegalStatusMoves_AreRefused_WithTheRule()
    {
        var id = await factory.ParticipantAsync("Regels", DemoAccounts.Coach);
        var ids = await factory.ArrangePlanAsync(id, DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        var skip = await coach.PostFormAsync(Url(id), Url(id, $"/instruments/{ids.WagonId}/status"),
            [new($"Statuses[{ids.WagonId}].To", "Done"), new($"Statuses[{ids.WagonId}].Date", factory.Today().Iso())]);
        Assert.Equal(HttpStatusCode.OK, skip.StatusCode);
        Assert.Contains("Deze statuswijziging kan niet", await skip.Content.ReadAsStringAsync());

        var noReason = await coach.PostFormAsync(Url(id), Url(id, $"/instruments/{ids.WagonId}/status"),
            [new($"Statuses[{ids.WagonId}].To", "Stopped"), new($"Statuses[{ids.WagonId}].Date", factory.Today().Iso())]);
        Assert.Contains("Geef de reden op.", await noReason.Content.ReadAsStringAsync());

        var final = await coach.PostFormAsync(Url(id), Url(id, $"/instruments/{ids.LearningWagonId}/status"),
            [new($"Statuses[{ids.LearningWagonId}].To", "Stopped"), new($"Statuses[{ids.LearningWagonId}].Date", factory.Today().Iso()), new($"Statuses[{ids.LearningWagonId}].Reason", "te laat")]);
        Assert.Contains("Afgerond en gestopt zijn definitief", await final.Content.ReadAsStringAsync());

        await using var db = factory.Db();
        Assert.Equal(InstrumentStatus.Planned, (await db.Context.PlanInstruments.SingleAsync(i => i.Id == ids.WagonId)).Status);
        Assert.Equal(InstrumentStatus.Done, (await db.Context.PlanInstruments.SingleAsync(i => i.Id == ids.LearningWagonId)).Status);
    }

    [Fact]
    public async Task Praktijkleren_CertificateIsRecorded_AndShowsInFileAndPlan()
    {
        var id = await factory.ParticipantAsync("Praktijk", DemoAccounts.Coach);
        var ids = await factory.ArrangePlanAsync(id, DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        var onOpenWagon = await coach.PostFormAsync(Url(id), Url(id, $"/instruments/{ids.WagonId}/certificate"),
            [new($"Certificates[{ids.WagonId}].Occupation", "Medewerker logistiek"), new($"Certificates[{ids.WagonId}].IssuedOn", factory.Today().Iso()), new($"Certificates[{ids.WagonId}].Issuer", "SBB")]);
        Assert.Contains("hoort bij een afgerond praktijkleren-instrument", await onOpenWagon.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Url(id, $"/instruments/{ids.LearningWagonId}/certificate"),
            [new($"Certificates[{ids.LearningWagonId}].Occupation", "Medewerker logistiek"), new($"Certificates[{ids.LearningWagonId}].IssuedOn", factory.Today().Iso()), new($"Certificates[{ids.LearningWagonId}].Issuer", "Leerbedrijf Transport Emmen")])).StatusCode);

        Assert.Contains("Medewerker logistiek", await coach.GetPageAsync(Url(id)));
        var file = await coach.GetPageAsync($"/participants/{id}");
        Assert.Contains("id=\"file-certificates\"", file);
        Assert.Contains("Leerbedrijf Transport Emmen", file);

        await using var db = factory.Db();
        var certificate = await db.Context.WorkBasedLearningCertificates.SingleAsync(c => c.ParticipantId == id);
        Assert.Equal(("Medewerker logistiek", factory.Today()), (certificate.Occupation, certificate.IssuedOn));
        // Countable in reports: by programme, through the participant.
        Assert.Equal(1, await db.Context.WorkBasedLearningCertificates.CountAsync(c => c.ParticipantId == id && db.Context.Participants.Any(p => p.Id == c.ParticipantId && p.Programme!.Code == "new-jobportunities-2")));
    }

    [Fact]
    public async Task CostSplit_MustAddUp_AndSetsTheProgrammeShare()
    {
        var id = await factory.ParticipantAsync("Kosten", DemoAccounts.Coach);
        await factory.ArrangePlanAsync(id, DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        var wrong = await coach.PostFormAsync(Url(id), Url(id, "/cost-split"),
            [new("CostSplit.Shares[0].Payer", "Programme"), new("CostSplit.Shares[0].Percent", "60"), new("CostSplit.Shares[1].Payer", "Employer"), new("CostSplit.Shares[1].PayerName", "Zorggroep Emmen"), new("CostSplit.Shares[1].Percent", "30")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("De aandelen moeten samen precies 100 procent zijn.", await wrong.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Url(id, "/cost-split"),
            [new("CostSplit.Shares[0].Payer", "Programme"), new("CostSplit.Shares[0].Percent", "70"), new("CostSplit.Shares[1].Payer", "Employer"), new("CostSplit.Shares[1].PayerName", "Zorggroep Emmen"), new("CostSplit.Shares[1].Percent", "30")])).StatusCode);

        // werkfit 1500 + praktijkleren 1800 + course 2200 = 5500; the programme pays 70 %.
        var page = await coach.GetPageAsync(Url(id));
        Assert.Contains("<dd id=\"plan-total\">€ 5.500</dd>", page);
        Assert.Contains("€ 3.850 (70 %)", page);
        Assert.Contains("Werkgever: Zorggroep Emmen", page);

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        Assert.Contains("id=\"programme-spend\"", await lead.GetPageAsync("/programmes/new-jobportunities-2"));
    }

    [Fact]
    public async Task StaleGoalEdit_IsRefused_AndKeepsTheInput()
    {
        var id = await factory.ParticipantAsync("Stale", DemoAccounts.Coach);
        var ids = await factory.ArrangePlanAsync(id, DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var version = FormReader.Fields(await coach.GetPageAsync(Url(id)))[$"Goals[{ids.GoalId}].Version"];
        IEnumerable<KeyValuePair<string, string>> Edit(string what) =>
            [new($"Goals[{ids.GoalId}].Version", version), new($"Goals[{ids.GoalId}].What", what), new($"Goals[{ids.GoalId}].ByWhen", factory.Today().AddDays(30).Iso()), new($"Goals[{ids.GoalId}].HowMeasured", "Presentielijst")];

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Url(id, $"/goals/{ids.GoalId}"), Edit("Eerste versie"))).StatusCode);
        var stale = await coach.PostFormAsync(Url(id), Url(id, $"/goals/{ids.GoalId}"), Edit("Tweede versie"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd.", page);
        Assert.Contains("value=\"Tweede versie\"", page);
        Assert.Contains("Eerste versie", page);
        await using var db = factory.Db();
        Assert.Equal("Eerste versie", (await db.Context.PlanGoals.SingleAsync(g => g.Id == ids.GoalId)).What);
    }

    [Fact]
    public async Task Print_IsInTheParticipantsLanguage_WithSignatureLines()
    {
        var id = await factory.ParticipantAsync("Druck", DemoAccounts.Coach, familyName: "Teilnehmer");
        await factory.ArrangePlanAsync(id, DemoAccounts.Coach);
        await using (var db = factory.Db())
        {
            var applicationId = await db.Context.Participants.Where(p => p.Id == id).Select(p => p.ApplicationId).SingleAsync();
            await db.Context.Applications.Where(a => a.Id == applicationId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Language, "de"));
        }

        var coach = factory.Browser("nl");
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Contains("Trajectplan van Druck Teilnehmer", await coach.GetPageAsync(Url(id)));

        var print = await coach.GetPageAsync(Url(id, "/print"));
        Assert.Contains("<html lang=\"de\">", print);
        Assert.Contains("Förderplan", print);
        Assert.Contains("Arbeitsfähigkeit herstellen", print); // werkfit, in German
        Assert.Contains("Unterschrift Teilnehmer/in", print);
        Assert.Contains("Unterschrift Arbeitgeber", print);
        Assert.Contains("class=\"jp-signature\"", print);
        Assert.Contains("css/print.css", print);
        Assert.DoesNotContain("jp-nav", print);

        // The staff member's own pages stay in their language afterwards.
        Assert.Contains("Trajectplan van Druck Teilnehmer", await coach.GetPageAsync(Url(id)));
        await using var check = factory.Db();
        Assert.True(await check.Context.AuditEntries.AnyAsync(e => e.ObjectType == PlanAccess.ObjectType && e.ObjectId == id.ToString() && e.Detail == "print"));
    }
}
