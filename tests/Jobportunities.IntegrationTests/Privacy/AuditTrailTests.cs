using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Identity;
using Jobportunities.IntegrationTests.Account;
using Jobportunities.IntegrationTests.Api;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Programmes;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Privacy;

/// <summary>
/// BIO 2 logging: one of every audited event is driven over HTTP, and its own row is found by
/// actor, object and time (after the test's start), with the outcome and the request's origin.
/// </summary>
public class AuditTrailTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string OtherCoach = "coach2@jobportunities.test";

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>The rows of <paramref name="objectType"/> written after row <paramref name="since"/>: those this test caused (the tests of a class run one at a time).</summary>
    private async Task<List<AuditEntry>> RowsSinceAsync(long since, string objectType)
    {
        await using var db = factory.Db();
        return await db.Context.AuditEntries.Where(e => e.Id > since && e.ObjectType == objectType).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>The last row before the test acts.</summary>
    private Task<long> StartAsync() => factory.LastAuditIdAsync();

    [Fact]
    public async Task SignIns_Successful_Failed_AndForAnUnknownAddress_AreAudited_WithoutTheTypedAddress()
    {
        var since = await StartAsync();
        var coachId = await factory.UserIdAsync(DemoAccounts.Coach);
        await SignedInAsync(DemoAccounts.Coach);
        await factory.Browser().LoginAsync(DemoAccounts.Coach, "wrong-password-for-audit");
        await factory.Browser().LoginAsync("nobody.audit@example.test", "whatever-password");

        var rows = await RowsSinceAsync(since, AuditLog.AccountObject);
        Assert.Contains(rows, r => r.ActorUserId == coachId && r.Detail == "sign-in" && r.Result == AuditResult.Success && r.Origin.Contains("POST /account/login"));
        Assert.Contains(rows, r => r.ActorUserId == coachId && r.Detail == "sign-in" && r.Result == AuditResult.Denied);
        Assert.Contains(rows, r => r.ActorUserId == AuditLog.UnknownActor && r.ObjectId == AuditLog.UnknownActor && r.Result == AuditResult.Denied);
        Assert.DoesNotContain(rows, r => $"{r.ActorUserId}{r.ObjectId}{r.Detail}{r.Origin}".Contains("nobody.audit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task IntakeQueue_ListReadAndDecision_AreAudited()
    {
        var application = await factory.ApplyAsync("Auditqueue");
        var coach = await SignedInAsync(DemoAccounts.Coach);
        var coachId = await factory.UserIdAsync(DemoAccounts.Coach);
        var since = await StartAsync();

        await coach.GetPageAsync("/intake-queue");
        await coach.GetPageAsync($"/intake-queue/{application.Id}");
        var declined = await coach.PostFormAsync($"/intake-queue/{application.Id}", $"/intake-queue/{application.Id}/decline", [new("Decline.Reason", "Past niet in het programma")]);
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        await coach.PostFormAsync("/intake-queue", $"/intake-queue/{application.Id}/decline", [new("Decline.Reason", "Nog eens")]);
        var elsewhere = await SignedInAsync("coach.achterhoek@jobportunities.test");
        await elsewhere.GetAsync($"/intake-queue/{application.Id}");

        Assert.Contains(await RowsSinceAsync(since, AuditObjects.IntakeQueue), r => r.ActorUserId == coachId && r.Action == AuditAction.Read && r.Result == AuditResult.Success);
        var rows = await RowsSinceAsync(since, AuditObjects.Application);
        var id = application.Id.ToString();
        Assert.Contains(rows, r => r.ObjectId == id && r.ActorUserId == coachId && r.Action == AuditAction.Read && r.Result == AuditResult.Success);
        Assert.Contains(rows, r => r.ObjectId == id && r.ActorUserId == coachId && r.Action == AuditAction.Update && r.Detail == "decline" && r.Result == AuditResult.Success);
        Assert.Contains(rows, r => r.ObjectId == id && r.ActorUserId == coachId && r.Action == AuditAction.Update && r.Id != 0 && r.Detail!.StartsWith("decline", StringComparison.Ordinal) && r.Result != AuditResult.Success);
        var elsewhereId = await factory.UserIdAsync("coach.achterhoek@jobportunities.test");
        Assert.Contains(rows, r => r.ObjectId == id && r.ActorUserId == elsewhereId && r.Result == AuditResult.NotFound);
        Assert.DoesNotContain(rows, r => (r.Detail ?? "").Contains("Past niet"));
    }

    [Fact]
    public async Task CaseloadAndDurableCheckLists_AreAudited()
    {
        var coach = await SignedInAsync(DemoAccounts.Coach);
        var coachId = await factory.UserIdAsync(DemoAccounts.Coach);
        var since = await StartAsync();

        await coach.GetPageAsync("/participants?q=Zoekterm");
        await coach.GetPageAsync("/durable-checks");

        var caseload = Assert.Single(await RowsSinceAsync(since, AuditObjects.Caseload), r => r.ActorUserId == coachId);
        Assert.Equal((AuditAction.Read, AuditResult.Success), (caseload.Action, caseload.Result));
        Assert.DoesNotContain("Zoekterm", caseload.Detail + caseload.Origin);
        Assert.Contains(await RowsSinceAsync(since, AuditObjects.DurableChecks), r => r.ActorUserId == coachId && r.Action == AuditAction.Read);
    }

    [Fact]
    public async Task ReferralReads_OnThePageAndTheApi_AreAudited()
    {
        var referrer = await SignedInAsync(DemoAccounts.Referrer);
        var referrerId = await factory.UserIdAsync(DemoAccounts.Referrer);
        var since = await StartAsync();

        await referrer.GetPageAsync("/referrals");
        var api = ApiClient.Create(factory, DemoApiKeys.UwvEmmen);
        var created = await (await api.PostReferralAsync(ApiClient.Referral(ApiClient.NewReference()))).JsonAsync();
        var reference = created.GetProperty("reference").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{ApiClient.Url}/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{ApiClient.Url}/JP-NOTHERE")).StatusCode);

        var rows = await RowsSinceAsync(since, AuditObjects.Referral);
        Assert.Contains(rows, r => r.ActorUserId == referrerId && r.ObjectId == "list" && r.Action == AuditAction.Read);
        Assert.Contains(rows, r => r.ActorUserId.StartsWith("api-key:") && r.ObjectId == reference && r.Result == AuditResult.Success && r.Origin.Contains("GET /api/v1/referrals"));
        Assert.Contains(rows, r => r.ActorUserId.StartsWith("api-key:") && r.ObjectId == "JP-NOTHERE" && r.Result == AuditResult.NotFound);
    }

    [Fact]
    public async Task UserRoleAndProgrammeChanges_AreAudited_WithoutValues()
    {
        var admin = await SignedInAsync(DemoAccounts.Admin);
        var adminId = await factory.UserIdAsync(DemoAccounts.Admin);
        var since = await StartAsync();
        int programmeId;
        await using (var db = factory.Db())
        {
            programmeId = await db.Context.Programmes.Where(p => p.Code == "new-jobportunities-2").Select(p => p.Id).SingleAsync();
        }

        var created = await admin.PostFormAsync("/admin/users/new",
            [new("Form.Email", "audit.nieuw@jobportunities.test"), new("Form.DisplayName", "Audit Nieuw"), new("Form.Roles", Roles.Coach),
             new("Form.ProgrammeIds", programmeId.ToString()), new("Form.OrganisationId", ""), new("Form.Password", "een lange zin als wachtwoord")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var userId = await factory.UserIdAsync("audit.nieuw@jobportunities.test");
        var fields = FormReader.Fields(await admin.GetPageAsync($"/admin/users/{userId}"));
        fields["Form.DisplayName"] = "Audit Hernoemd";
        fields["Form.Roles"] = Roles.ProgrammeLead;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{userId}", fields)).StatusCode);

        var rows = await RowsSinceAsync(since, AuditObjects.User);
        Assert.Contains(rows, r => r.ActorUserId == adminId && r.ObjectId == userId && r.Action == AuditAction.Create && r.Detail!.Contains($"programmes:+{programmeId}"));
        var update = Assert.Single(rows, r => r.ObjectId == userId && r.Action == AuditAction.Update);
        Assert.Contains("display-name", update.Detail);
        Assert.Contains($"+{Roles.ProgrammeLead}", update.Detail);
        Assert.Contains($"-{Roles.Coach}", update.Detail);
        Assert.DoesNotContain(rows, r => (r.Detail ?? "").Contains("Audit") || (r.Detail ?? "").Contains("audit.nieuw"));
    }

    [Fact]
    public async Task ProgrammeApiKeyAndStandInChanges_AreAudited()
    {
        var lead = await SignedInAsync(DemoAccounts.Lead);
        var leadId = await factory.UserIdAsync(DemoAccounts.Lead);
        var admin = await SignedInAsync(DemoAccounts.Admin);
        var adminId = await factory.UserIdAsync(DemoAccounts.Admin);
        var since = await StartAsync();

        var fields = FormReader.Fields(await lead.GetPageAsync("/programmes/meedoen-werkt/edit"));
        fields["Form.TargetParticipants"] = "121";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync("/programmes/meedoen-werkt/edit", fields)).StatusCode);

        int organisationId;
        await using (var db = factory.Db())
        {
            organisationId = await db.Context.Organisations.Where(o => o.Name == "UWV Emmen").Select(o => o.Id).SingleAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/organisations/{organisationId}", $"/admin/organisations/{organisationId}/keys", [new("KeyForm.Name", "Audit sleutel")])).StatusCode);
        int keyId;
        await using (var db = factory.Db())
        {
            keyId = await db.Context.ApiKeys.Where(k => k.Name == "Audit sleutel").Select(k => k.Id).SingleAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/organisations/{organisationId}/keys/{keyId}/revoke", [])).StatusCode);

        var coachId = await factory.UserIdAsync(DemoAccounts.Coach);
        var otherId = await factory.UserIdAsync(OtherCoach);
        var today = factory.Clock.Today();
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync("/stand-ins",
            [new("Form.AbsentCoachId", coachId), new("Form.StandInCoachId", otherId), new("Form.From", today.ToString("yyyy-MM-dd")), new("Form.Until", today.AddDays(3).ToString("yyyy-MM-dd"))])).StatusCode);
        await lead.PostFormAsync("/stand-ins", [new("Form.AbsentCoachId", coachId), new("Form.StandInCoachId", coachId), new("Form.From", today.ToString("yyyy-MM-dd")), new("Form.Until", today.ToString("yyyy-MM-dd"))]);

        Assert.Contains(await RowsSinceAsync(since, AuditObjects.Programme), r => r.ActorUserId == leadId && r.Action == AuditAction.Update && r.Result == AuditResult.Success);
        var keys = await RowsSinceAsync(since, AuditObjects.Organisation);
        Assert.Contains(keys, r => r.ActorUserId == adminId && r.ObjectId == organisationId.ToString() && r.Detail == "api-key" && r.Action == AuditAction.Create);
        Assert.Contains(keys, r => r.ActorUserId == adminId && r.Detail == $"api-key:{keyId}:revoke");
        var standIns = await RowsSinceAsync(since, AuditObjects.StandIn);
        Assert.Contains(standIns, r => r.ActorUserId == leadId && r.Action == AuditAction.Create && r.Result == AuditResult.Success);
        Assert.Contains(standIns, r => r.ActorUserId == leadId && r.Result == AuditResult.Denied && r.Detail == "SameCoach");
    }

    /// <summary>A staff account of its own, signed in with its password, and its id.</summary>
    private async Task<(HttpClient Client, string Email, string Id)> OwnAccountAsync(string role = Roles.Coach)
    {
        var email = await factory.StaffAsync(role);
        var client = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(email, AccountTestData.Password)).StatusCode);
        return (client, email, await factory.UserIdAsync(email));
    }

    /// <summary>An account with an authenticator app enrolled: its key and recovery codes.</summary>
    private async Task<(string Email, string Id, string Key, IReadOnlyList<string> Codes)> EnrolledAccountAsync()
    {
        var (client, email, id) = await OwnAccountAsync();
        var key = TwoFactorTests.KeyOn(await client.GetPageAsync("/account/two-factor"));
        var codes = await TwoFactorTests.EnrolAsync(client, key);
        return (email, id, key, codes);
    }

    private static void AssertNoValue(IEnumerable<AuditEntry> rows, params string[] values)
    {
        foreach (var value in values)
        {
            Assert.DoesNotContain(rows, r => $"{r.ActorUserId}|{r.ObjectId}|{r.Detail}|{r.Origin}".Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task TwoFactorEnrolment_WrongAndRightCode_IsAudited_WithoutTheCode()
    {
        var since = await StartAsync();
        var (client, _, id) = await OwnAccountAsync();
        var key = TwoFactorTests.KeyOn(await client.GetPageAsync("/account/two-factor"));
        Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync("/account/two-factor", [new("Form.Code", "000000")])).StatusCode);
        var code = Totp.Code(key);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/two-factor", [new("Form.Code", code)])).StatusCode);

        var rows = (await RowsSinceAsync(since, AuditLog.AccountObject)).Where(r => r.ActorUserId == id).ToList();
        Assert.Contains(rows, r => r.ObjectId == id && r.Detail == "two-factor:enrol" && r.Result == AuditResult.Denied);
        Assert.Contains(rows, r => r.ObjectId == id && r.Detail == "two-factor:enrol" && r.Result == AuditResult.Success && r.Origin.Contains("POST /account/two-factor"));
        AssertNoValue(rows, code, "000000", key.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoFactorCodeStep_RightAndWrongCode_IsAudited_WithoutTheCode()
    {
        var (email, id, key, _) = await EnrolledAccountAsync();
        var since = await StartAsync();

        var client = factory.Browser();
        await client.LoginAsync(email, AccountTestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync("/account/login/two-factor", [new("Code", "123456")])).StatusCode);
        var code = Totp.Code(key);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/login/two-factor", [new("Code", code)])).StatusCode);

        var rows = (await RowsSinceAsync(since, AuditLog.AccountObject)).Where(r => r.ActorUserId == id).ToList();
        Assert.Contains(rows, r => r.Detail == "sign-in:two-factor" && r.Result == AuditResult.Denied);
        Assert.Contains(rows, r => r.Detail == "sign-in:two-factor" && r.Result == AuditResult.Success && r.Origin.Contains("POST /account/login/two-factor"));
        AssertNoValue(rows, code, "123456", email);
    }

    [Fact]
    public async Task RecoveryCodeStep_UsedAndUnknownCode_IsAudited_WithoutTheCode()
    {
        var (email, id, _, codes) = await EnrolledAccountAsync();
        var since = await StartAsync();

        var client = factory.Browser();
        await client.LoginAsync(email, AccountTestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync("/account/login/recovery", [new("RecoveryCode", "AAAAA-BBBBB")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/login/recovery", [new("RecoveryCode", codes[0])])).StatusCode);

        var rows = (await RowsSinceAsync(since, AuditLog.AccountObject)).Where(r => r.ActorUserId == id).ToList();
        Assert.Contains(rows, r => r.Detail == "sign-in:recovery-code" && r.Result == AuditResult.Denied);
        Assert.Contains(rows, r => r.Detail == "sign-in:recovery-code" && r.Result == AuditResult.Success && r.Origin.Contains("POST /account/login/recovery"));
        AssertNoValue(rows, codes[0], "AAAAA-BBBBB");
    }

    [Fact]
    public async Task NewRecoveryCodes_AreAudited_WithoutTheCodes()
    {
        var (email, id, key, _) = await EnrolledAccountAsync();
        var client = factory.Browser();
        await client.LoginAsync(email, AccountTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/login/two-factor", [new("Code", Totp.Code(key))])).StatusCode);
        var since = await StartAsync();

        var renewed = await client.PostFormAsync("/account/two-factor", "/account/two-factor/recovery-codes/new", []);
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        var page = await client.GetPageAsync("/account/two-factor/recovery-codes");

        var row = Assert.Single(await RowsSinceAsync(since, AuditLog.AccountObject), r => r.ActorUserId == id);
        Assert.Equal("two-factor:recovery-codes-renewed", row.Detail);
        Assert.Equal(AuditResult.Success, row.Result);
        var shown = System.Text.RegularExpressions.Regex.Match(page, "<code class=\"utrecht-code\">([^<]+)</code>").Groups[1].Value;
        Assert.NotEmpty(shown);
        AssertNoValue([row], shown);
    }

    [Fact]
    public async Task SignOut_IsAudited()
    {
        var (client, _, id) = await OwnAccountAsync();
        var since = await StartAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/", "/account/logout", [])).StatusCode);

        var row = Assert.Single(await RowsSinceAsync(since, AuditLog.AccountObject), r => r.ActorUserId == id);
        Assert.Equal("sign-out", row.Detail);
        Assert.Equal(id, row.ObjectId);
        Assert.Equal(AuditResult.Success, row.Result);
        Assert.Contains("POST /account/logout", row.Origin);
    }

    [Fact]
    public async Task PasswordChange_WrongCurrentAndChanged_IsAudited_WithoutPasswords()
    {
        var (client, _, id) = await OwnAccountAsync();
        var since = await StartAsync();
        const string newPassword = "een nieuwe zin voor de audit";

        await client.PostFormAsync("/account/password",
            [new("Form.CurrentPassword", "niet mijn wachtwoord hoor"), new("Form.NewPassword", newPassword), new("Form.ConfirmPassword", newPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/password",
            [new("Form.CurrentPassword", AccountTestData.Password), new("Form.NewPassword", newPassword), new("Form.ConfirmPassword", newPassword)])).StatusCode);

        var rows = (await RowsSinceAsync(since, AuditLog.AccountObject)).Where(r => r.ActorUserId == id).ToList();
        Assert.Contains(rows, r => r.Detail == "password-change" && r.Result == AuditResult.Denied);
        Assert.Contains(rows, r => r.Detail == "password-change" && r.Result == AuditResult.Success && r.Origin.Contains("POST /account/password"));
        AssertNoValue(rows, newPassword, AccountTestData.Password, "niet mijn wachtwoord");
    }

    [Fact]
    public async Task PasswordReset_LinkAndNewPassword_AreAudited_AndAnUnknownAddressOrBadLink_LeavesNothingPersonal()
    {
        var (_, email, id) = await OwnAccountAsync();
        var since = await StartAsync();
        const string newPassword = "een zin na het vergeten";

        await factory.Browser().PostFormAsync("/account/forgot-password", [new("Email", email)]);
        await factory.Browser().PostFormAsync("/account/forgot-password", [new("Email", "onbekend.audit@example.test")]);
        var link = factory.AccountMails.LastLinkTo(email)!;
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        var token = query["token"]!;
        KeyValuePair<string, string>[] Fields(string userId) =>
            [new("UserId", userId), new("Token", token), new("NewPassword", newPassword), new("ConfirmPassword", newPassword)];
        var strangerId = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.OK, (await factory.Browser().PostFormAsync(link, "/account/reset-password", Fields(strangerId))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Browser().PostFormAsync(link, "/account/reset-password", Fields(query["user"]!))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Browser().PostFormAsync(link, "/account/reset-password", Fields(query["user"]!))).StatusCode); // used once

        var rows = await RowsSinceAsync(since, AuditLog.AccountObject);
        Assert.Contains(rows, r => r.ActorUserId == id && r.ObjectId == id && r.Detail == "password-reset:link-sent" && r.Result == AuditResult.Success);
        Assert.Contains(rows, r => r.ActorUserId == AuditLog.UnknownActor && r.ObjectId == AuditLog.UnknownActor && r.Detail == "password-reset:link-sent" && r.Result == AuditResult.Denied);
        Assert.Contains(rows, r => r.ActorUserId == AuditLog.UnknownActor && r.Detail == "password-reset" && r.Result == AuditResult.Denied);
        Assert.Contains(rows, r => r.ActorUserId == id && r.Detail == "password-reset" && r.Result == AuditResult.Success && r.Origin.Contains("POST /account/reset-password"));
        Assert.Contains(rows, r => r.ActorUserId == id && r.Detail == "password-reset" && r.Result == AuditResult.Denied);
        AssertNoValue(rows, "onbekend.audit", email, strangerId, token, newPassword);
    }

    [Fact]
    public async Task ProgrammeCreate_IsAudited_AndASecondCreateWithTheSameCode_AsConflict()
    {
        var admin = await SignedInAsync(DemoAccounts.Admin);
        var adminId = await factory.UserIdAsync(DemoAccounts.Admin);
        var since = await StartAsync();
        var spec = new ProgrammeSpec("audit-create", "Audit Aanmaak", ["none"], [new("Emmen", "NL", "Municipality", "7811")]);

        Assert.Equal(HttpStatusCode.Redirect, (await ProgrammeForms.CreateAsync(admin, spec)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ProgrammeForms.CreateAsync(admin, spec)).StatusCode);

        string programmeId;
        await using (var db = factory.Db())
        {
            programmeId = (await db.Context.Programmes.SingleAsync(p => p.Code == "audit-create")).Id.ToString();
        }

        var rows = await RowsSinceAsync(since, AuditObjects.Programme);
        Assert.Contains(rows, r => r.ActorUserId == adminId && r.ObjectId == programmeId && r.Action == AuditAction.Create && r.Result == AuditResult.Success && r.Origin.Contains("POST /programmes/new"));
        Assert.Contains(rows, r => r.ActorUserId == adminId && r.ObjectId == "audit-create" && r.Action == AuditAction.Create && r.Result == AuditResult.Conflict);
        AssertNoValue(rows, "Audit Aanmaak");
    }

    [Fact]
    public async Task ProgrammeCloseAndReopen_AreAudited()
    {
        var admin = await SignedInAsync(DemoAccounts.Admin);
        var adminId = await factory.UserIdAsync(DemoAccounts.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await ProgrammeForms.CreateAsync(admin, new ProgrammeSpec("audit-close", "Audit Sluiten", ["none"], [new("Emmen", "NL", "Municipality", "7811")]))).StatusCode);
        var since = await StartAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/programmes/audit-close/close", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/programmes/audit-close", "/programmes/audit-close/reopen", [])).StatusCode);
        var lead = await SignedInAsync(DemoAccounts.Lead);
        await lead.PostFormAsync("/programmes", "/programmes/audit-close/close", []); // not a lead of this programme

        string programmeId;
        await using (var db = factory.Db())
        {
            programmeId = (await db.Context.Programmes.SingleAsync(p => p.Code == "audit-close")).Id.ToString();
        }

        var rows = await RowsSinceAsync(since, AuditObjects.Programme);
        Assert.Contains(rows, r => r.ActorUserId == adminId && r.ObjectId == programmeId && r.Action == AuditAction.Update && r.Detail == "close" && r.Result == AuditResult.Success);
        Assert.Contains(rows, r => r.ActorUserId == adminId && r.ObjectId == programmeId && r.Action == AuditAction.Update && r.Detail == "reopen" && r.Result == AuditResult.Success);
        var leadId = await factory.UserIdAsync(DemoAccounts.Lead);
        Assert.Contains(rows, r => r.ActorUserId == leadId && r.ObjectId == "audit-close" && r.Detail == "close" && r.Result == AuditResult.NotFound);
    }
}
