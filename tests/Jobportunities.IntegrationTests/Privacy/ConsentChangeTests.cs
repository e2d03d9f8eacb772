using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Matching;
using Jobportunities.IntegrationTests.Trajectories;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Privacy;

/// <summary>The coach changes or withdraws a consent in the ledger; matching and enrolment follow at once.</summary>
public class ConsentChangeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string OtherCoach = "coach2@jobportunities.test";

    private IEnumerable<KeyValuePair<string, string>> Change(ConsentPurpose purpose, bool given, string method = "Signature", DateOnly? date = null, string? note = null) =>
    [
        new("Form.Purpose", purpose.ToString()), new("Form.Given", given ? "true" : "false"), new("Form.Method", method),
        new("Form.Date", (date ?? factory.Today()).Iso()), new("Form.Note", note ?? ""),
    ];

    private static string Url(int id) => $"/participants/{id}/consents";

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task Withdrawal_HidesTheCandidateFromAdvisers_AtOnce()
    {
        var employer = await factory.EmployerAsync("Intrekking B.V.");
        var vacancy = await factory.VacancyAsync(employer, "Magazijn intrekking");
        var id = await factory.CandidateAsync("Wendela", DemoAccounts.Coach, new(Wishes: [Sector.TransportLogistics]), shareWithEmployers: true);
        var adviser = await SignedInAsync(DemoAccounts.Adviser);
        Assert.Contains($"id=\"match-{id}\"", await adviser.GetPageAsync($"/vacancies/{vacancy}/matches"));
        Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync($"/participants/{id}")).StatusCode);

        var coach = await SignedInAsync(DemoAccounts.Coach);
        var response = await coach.PostFormAsync(Url(id), Change(ConsentPurpose.ShareWithEmployers, false, "Verbal", note: "Belde op"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain($"id=\"match-{id}\"", await adviser.GetPageAsync($"/vacancies/{vacancy}/matches"));
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.GetAsync($"/participants/{id}")).StatusCode);

        await using var db = factory.Db();
        var coachId = await factory.UserIdAsync(DemoAccounts.Coach);
        var line = await db.Context.ConsentRecords.Where(c => c.Purpose == ConsentPurpose.ShareWithEmployers)
            .OrderByDescending(c => c.Id).FirstAsync(c => c.RecordedByUserId == coachId);
        Assert.Equal((false, ConsentMethod.Verbal, factory.Today(), "Belde op"), (line.Given, line.Method, line.GivenOn!.Value, line.Note));
        var audit = await db.Context.AuditEntries.SingleAsync(e => e.ObjectType == "Participant.Consent" && e.ObjectId == id.ToString() && e.Action == AuditAction.Update);
        Assert.Equal(AuditResult.Success, audit.Result);
        Assert.DoesNotContain("Belde op", audit.Detail);
    }

    [Fact]
    public async Task GivingConsentAgain_ShowsTheCandidateToAdvisers_AndTheLedgerKeepsEveryLine()
    {
        var id = await factory.ParticipantAsync("Gijsje", DemoAccounts.Coach, shareWithEmployers: false);
        var adviser = await SignedInAsync(DemoAccounts.Adviser);
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.GetAsync($"/participants/{id}")).StatusCode);

        var coach = await SignedInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Change(ConsentPurpose.ShareWithEmployers, true, "Email"))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync($"/participants/{id}")).StatusCode);
        var page = WebUtility.HtmlDecode(await coach.GetPageAsync(Url(id)));
        Assert.Contains("Per e-mail", page);
        Assert.Contains("data-purpose=\"ShareWithEmployers\"", page);
    }

    [Fact]
    public async Task Enrolment_IsRefusedWithTheReason_UntilTheTrainingConsentIsGiven()
    {
        var id = await factory.ParticipantAsync("Opleidingloos", DemoAccounts.Coach, shareWithTrainingProviders: false);
        var runId = await factory.CourseRunAsync(seats: 3);
        var coach = await SignedInAsync(DemoAccounts.Coach);
        KeyValuePair<string, string>[] enrol = [new("Enrol.RunId", runId.ToString())];

        var refused = await coach.PostFormAsync(PlanTestKit.Url(id), PlanTestKit.Url(id, "/enrolments"), enrol);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("geen toestemming gegeven om gegevens met opleiders te delen", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(0, await factory.SeatsTakenAsync(runId));

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Change(ConsentPurpose.ShareWithTrainingProviders, true))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(PlanTestKit.Url(id), PlanTestKit.Url(id, "/enrolments"), enrol)).StatusCode);
        Assert.Equal(1, await factory.SeatsTakenAsync(runId));
    }

    [Fact]
    public async Task Enrolment_IsRefusedInEnglish_AfterTheTrainingConsentWasWithdrawn()
    {
        var id = await factory.ParticipantAsync("Ingetrokken", DemoAccounts.Coach);
        var runId = await factory.CourseRunAsync(seats: 3);
        var coach = factory.Browser("en");
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Change(ConsentPurpose.ShareWithTrainingProviders, false))).StatusCode);

        var refused = await coach.PostFormAsync(PlanTestKit.Url(id), PlanTestKit.Url(id, "/enrolments"), [new("Enrol.RunId", runId.ToString())]);

        Assert.Contains("has not consented to sharing their details with training providers", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        await using var db = factory.Db();
        Assert.True(await db.Context.AuditEntries.AnyAsync(e => e.ObjectId == id.ToString() && e.Detail == "enrol:no-training-consent" && e.Result == AuditResult.Denied));
    }

    [Fact]
    public async Task SecondClick_AddsNoSecondLine()
    {
        var id = await factory.ParticipantAsync("Dubbelklik", DemoAccounts.Coach);
        var coach = await SignedInAsync(DemoAccounts.Coach);
        await coach.PostFormAsync(Url(id), Change(ConsentPurpose.ShareWithReferrer, true));
        await coach.PostFormAsync(Url(id), Change(ConsentPurpose.ShareWithReferrer, true));

        await using var db = factory.Db();
        var applicationId = await db.Context.Participants.Where(p => p.Id == id).Select(p => p.ApplicationId).SingleAsync();
        Assert.Equal(2, await db.Context.ConsentRecords.CountAsync(c => c.ApplicationId == applicationId && c.Purpose == ConsentPurpose.ShareWithReferrer));
    }

    [Fact]
    public async Task FutureDateOrMissingFields_AreRefused_AndTheFormKeepsTheInput()
    {
        var id = await factory.ParticipantAsync("Toekomst", DemoAccounts.Coach);
        var coach = await SignedInAsync(DemoAccounts.Coach);

        var future = await coach.PostFormAsync(Url(id), Change(ConsentPurpose.ShareWithEmployers, true, date: factory.Today().AddDays(3), note: "Mijn toelichting"));
        var missing = await coach.PostFormAsync(Url(id), [new("Form.Purpose", ""), new("Form.Given", ""), new("Form.Method", ""), new("Form.Date", "")]);

        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        var page = WebUtility.HtmlDecode(await future.Content.ReadAsStringAsync());
        Assert.Contains("‘Datum’ mag niet in de toekomst liggen.", page);
        Assert.Contains("Mijn toelichting", page);
        var errors = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        Assert.Contains("Vul ‘Toestemming voor’ in", errors, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("‘Hoe gegeven’", errors);
        await using var db = factory.Db();
        Assert.False(await db.Context.AuditEntries.AnyAsync(e => e.ObjectType == "Participant.Consent" && e.ObjectId == id.ToString() && e.Action == AuditAction.Update));
    }

    [Fact]
    public async Task OnlyTheOwnCoachAndAStandIn_KeepTheLedger()
    {
        var id = await factory.ParticipantAsync("Rechten", DemoAccounts.Coach, shareWithEmployers: true);
        var other = await SignedInAsync(OtherCoach);
        var lead = await SignedInAsync(DemoAccounts.Lead);
        var adviser = await SignedInAsync(DemoAccounts.Adviser);
        var admin = await SignedInAsync(DemoAccounts.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/participants", Url(id), Change(ConsentPurpose.ShareWithEmployers, false))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(Url(id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostFormAsync("/participants", Url(id), Change(ConsentPurpose.ShareWithEmployers, false))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await adviser.GetAsync(Url(id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(Url(id))).StatusCode);
        (await factory.Browser().GetAsync(Url(id))).AssertSentToLogin();
        (await factory.Browser().PostFormAsync("/account/login", Url(id), Change(ConsentPurpose.ShareWithEmployers, false))).AssertSentToLogin();

        await using (var db = factory.Db())
        {
            db.Context.StandIns.Add(new Core.Participants.StandIn(await factory.UserIdAsync(DemoAccounts.Coach), await factory.UserIdAsync(OtherCoach),
                factory.Today().AddDays(-1), factory.Today().AddDays(7), await factory.UserIdAsync(DemoAccounts.Lead), factory.Clock.GetUtcNow().UtcDateTime));
            await db.Context.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync(Url(id), Change(ConsentPurpose.ShareWithEmployers, false))).StatusCode);
    }
}
