using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Documents;
using Jobportunities.Core.Privacy;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Trajectories;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Documents;

/// <summary>Documents on the file over HTTP: upload, list, download (as an attachment), delete, evidence, inzage and anonymisation.</summary>
public class DocumentTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> CoachAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Coach);
        return client;
    }

    private async Task<int> OnlyDocumentAsync(int participantId)
    {
        await using var db = factory.Db();
        return await db.Context.Documents.Where(d => d.ParticipantId == participantId).Select(d => d.Id).SingleAsync();
    }

    [Fact]
    public async Task Upload_KeepsAPayslip_AndDownloadIsAnAuditedAttachmentWithNosniff()
    {
        var id = await factory.ParticipantAsync("Loonstrook", DemoAccounts.Coach, familyName: "Upload");
        var coach = await CoachAsync();
        var pdf = DocumentTestKit.Pdf();

        var upload = await coach.UploadAsync(id, "Payslip", "loonstrook maart.pdf", pdf, browserType: "text/html");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var list = await coach.GetPageAsync($"/participants/{id}/documents");
        Assert.Contains("loonstrook maart.pdf", list);
        Assert.Contains("Loonstrook", list);

        var documentId = await OnlyDocumentAsync(id);
        var download = await coach.GetAsync($"/participants/{id}/documents/{documentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("loonstrook maart.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        await using var db = factory.Db();
        var audit = await db.Context.AuditEntries.Where(e => e.ObjectType == DocumentService.ObjectType && e.ObjectId == id.ToString()).ToListAsync();
        Assert.Contains(audit, e => e.Action == AuditAction.Create && e.Result == AuditResult.Success);
        Assert.Contains(audit, e => e.Action == AuditAction.Read && e.Detail == $"download:{documentId}:Payslip");
        Assert.DoesNotContain(audit, e => e.Detail?.Contains("loonstrook", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task Upload_RefusesAnHtmlFileNamedPdf_WithAMessage_AndStoresNothing()
    {
        var id = await factory.ParticipantAsync("Html", DemoAccounts.Coach, familyName: "Vermomd");
        var coach = await CoachAsync();

        var response = await coach.UploadAsync(id, "Payslip", "loonstrook.pdf", "<html><script>alert(1)</script></html>"u8.ToArray(), "application/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("is geen PDF, JPEG, PNG of Word-document (DOCX)", html);
        Assert.Matches("<option[^>]*(selected[^>]*value=\"Payslip\"|value=\"Payslip\"[^>]*selected)", html);
        await using var db = factory.Db();
        Assert.False(await db.Context.Documents.AnyAsync(d => d.ParticipantId == id));
    }

    [Fact]
    public async Task Upload_RefusesMissingTypeAndEmptyFile_NamingTheFields()
    {
        var id = await factory.ParticipantAsync("Leeg", DemoAccounts.Coach, familyName: "Bestand");
        var coach = await CoachAsync();

        var response = await coach.UploadAsync(id, "", "leeg.pdf", []);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Vul ‘Soort document’ in.", html);
        Assert.Contains("‘Bestand’ is leeg.", html);
        await using var db = factory.Db();
        Assert.False(await db.Context.Documents.AnyAsync(d => d.ParticipantId == id));
    }

    [Fact]
    public async Task Upload_OverTheLimit_ShowsTheLimit_NotACrash()
    {
        var id = await factory.ParticipantAsync("Groot", DemoAccounts.Coach, familyName: "Bestand");
        var coach = await CoachAsync();
        var big = new byte[(int)DocumentRules.DefaultMaxBytes + 1];
        DocumentTestKit.Pdf().CopyTo(big, 0);

        var response = await coach.UploadAsync(id, "Cv", "cv.pdf", big);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is te groot: ten hoogste 10 MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Upload_TheSameFileTwice_KeepsOneRecord()
    {
        var id = await factory.ParticipantAsync("Dubbel", DemoAccounts.Coach, familyName: "Klik");
        var coach = await CoachAsync();

        await coach.UploadAsync(id, "Cv", "cv.docx", DocumentTestKit.Docx());
        await coach.UploadAsync(id, "Cv", "cv.docx", DocumentTestKit.Docx());

        await using var db = factory.Db();
        var document = await db.Context.Documents.SingleAsync(d => d.ParticipantId == id);
        Assert.Equal(DocumentRules.Docx.ContentType, document.ContentType);
    }

    [Fact]
    public async Task Upload_StripsPathTraversalAndShortensHugeNames()
    {
        var id = await factory.ParticipantAsync("Pad", DemoAccounts.Coach, familyName: "Naam");
        var coach = await CoachAsync();

        await coach.UploadAsync(id, "Other", "..\\..\\windows\\system32\\evil.exe", DocumentTestKit.Pdf("a"));
        await coach.UploadAsync(id, "Other", new string('x', 900) + ".pdf", DocumentTestKit.Pdf("b"));

        await using var db = factory.Db();
        var names = await db.Context.Documents.Where(d => d.ParticipantId == id).OrderBy(d => d.Id).Select(d => d.FileName).ToListAsync();
        Assert.Equal("evil.exe.pdf", names[0]);
        Assert.Equal(200, names[1].Length);
        Assert.EndsWith(".pdf", names[1]);
    }

    [Fact]
    public async Task Delete_RemovesMetadataAndContent()
    {
        var id = await factory.ParticipantAsync("Weg", DemoAccounts.Coach, familyName: "Ermee");
        var coach = await CoachAsync();
        await coach.UploadAsync(id, "Cv", "cv.pdf", DocumentTestKit.Pdf("weg"));
        var documentId = await OnlyDocumentAsync(id);
        Guid key;
        await using (var db = factory.Db())
        {
            key = await db.Context.Documents.Where(d => d.Id == documentId).Select(d => d.ContentKey).SingleAsync();
        }

        var response = await coach.PostFormAsync($"/participants/{id}/documents", $"/participants/{id}/documents/{documentId}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = factory.Db();
        Assert.False(await check.Context.Documents.AnyAsync(d => d.Id == documentId));
        Assert.False(await check.Context.DocumentContents.AnyAsync(c => c.Key == key));
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/participants/{id}/documents/{documentId}")).StatusCode);
    }

    [Fact]
    public async Task DurableCheck_TakesADocumentOfTheSameParticipantAsEvidence_AndTheDocumentCannotBeDeleted()
    {
        var id = await factory.ParticipantAsync("Bewijs", DemoAccounts.Coach, familyName: "Duurzaam");
        var other = await factory.ParticipantAsync("Ander", DemoAccounts.Coach, familyName: "Dossier");
        var checkId = await factory.DueCheckAsync(id);
        var coach = await CoachAsync();
        await coach.UploadAsync(id, "Payslip", "loonstrook.pdf", DocumentTestKit.Pdf("eigen"));
        await coach.UploadAsync(other, "Payslip", "andere.pdf", DocumentTestKit.Pdf("ander"));
        var own = await OnlyDocumentAsync(id);
        var foreign = await OnlyDocumentAsync(other);
        var url = $"/durable-checks/{checkId}";
        Assert.Contains("loonstrook.pdf", await coach.GetPageAsync(url));

        var wrong = await coach.PostFormAsync(url, url, [new("Form.Outcome", "Durable"), new("Form.Evidence", "Payslip"), new("Form.VerifiedOn", factory.Clock.Today().Iso()), new("Form.DocumentId", foreign.ToString())]);
        Assert.Contains("een document van deze deelnemer", await wrong.Content.ReadAsStringAsync());
        await using (var db = factory.Db())
        {
            Assert.Null((await db.Context.DurableChecks.SingleAsync(c => c.Id == checkId)).Outcome);
        }

        var right = await coach.PostFormAsync(url, url, [new("Form.Outcome", "Durable"), new("Form.Evidence", "Payslip"), new("Form.VerifiedOn", factory.Clock.Today().Iso()), new("Form.DocumentId", own.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        await using (var db = factory.Db())
        {
            Assert.Equal(own, (await db.Context.DurableChecks.SingleAsync(c => c.Id == checkId)).EvidenceDocumentId);
        }

        var delete = await coach.PostFormAsync($"/participants/{id}/documents", $"/participants/{id}/documents/{own}/delete", []);
        Assert.Contains("kan niet worden verwijderd", await delete.Content.ReadAsStringAsync());
        await using var after = factory.Db();
        Assert.True(await after.Context.Documents.AnyAsync(d => d.Id == own));
    }

    [Fact]
    public async Task Inzage_ListsTheDocuments()
    {
        var id = await factory.ParticipantAsync("Inzage", DemoAccounts.Coach, familyName: "Documenten");
        var coach = await CoachAsync();
        await coach.UploadAsync(id, "Certificate", "diploma-vca.pdf", DocumentTestKit.Pdf("vca"));

        var json = await coach.GetPageAsync($"/participants/{id}/inzage.json");
        var html = await coach.GetPageAsync($"/participants/{id}/inzage.html");

        Assert.Contains("diploma-vca.pdf", json);
        Assert.Contains("diploma-vca.pdf", html);
    }

    [Fact]
    public async Task Anonymisation_RemovesDocumentsAndTheirContent_AndClearsEvidenceLinks()
    {
        var id = await factory.ParticipantAsync("Anoniem", DemoAccounts.Coach, familyName: "Documenten");
        var checkId = await factory.DueCheckAsync(id);
        var coach = await CoachAsync();
        await coach.UploadAsync(id, "Payslip", "loonstrook.pdf", DocumentTestKit.Pdf("anoniem"));
        var documentId = await OnlyDocumentAsync(id);
        var url = $"/durable-checks/{checkId}";
        await coach.PostFormAsync(url, url, [new("Form.Outcome", "Durable"), new("Form.Evidence", "Payslip"), new("Form.VerifiedOn", factory.Clock.Today().Iso()), new("Form.DocumentId", documentId.ToString())]);
        Guid key;
        await using (var db = factory.Db())
        {
            key = await db.Context.Documents.Where(d => d.Id == documentId).Select(d => d.ContentKey).SingleAsync();
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<AnonymisationService>().AnonymiseParticipantAsync(id, factory.Clock.Today()));
        }

        await using var check = factory.Db();
        Assert.False(await check.Context.Documents.AnyAsync(d => d.ParticipantId == id));
        Assert.False(await check.Context.DocumentContents.AnyAsync(c => c.Key == key));
        var durable = await check.Context.DurableChecks.SingleAsync(c => c.Id == checkId);
        Assert.Null(durable.EvidenceDocumentId);
        Assert.Equal(Core.Placements.DurableOutcome.Durable, durable.Outcome);
    }

    [Fact]
    public async Task StandIn_DeletesOwnUpload_ButNotTheCoachs()
    {
        var id = await factory.ParticipantAsync("Vervanger", DemoAccounts.Coach, familyName: "Documenten");
        var coach = await CoachAsync();
        await coach.UploadAsync(id, "Cv", "cv.pdf", DocumentTestKit.Pdf("coach"));
        var coachs = await OnlyDocumentAsync(id);
        // A coach account of its own standing in for the demo coach, so no other test sees the arrangement.
        var standInEmail = await Account.AccountTestData.StaffAsync(factory, Core.Identity.Roles.Coach);
        await using (var db = factory.Db())
        {
            var today = factory.Today();
            db.Context.StandIns.Add(new Core.Participants.StandIn(await factory.UserIdAsync(DemoAccounts.Coach), await factory.UserIdAsync(standInEmail),
                today.AddDays(-1), today.AddDays(7), await factory.UserIdAsync(DemoAccounts.Lead), factory.Clock.GetUtcNow().UtcDateTime));
            await db.Context.SaveChangesAsync();
        }

        var standIn = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await standIn.LoginAsync(standInEmail, Account.AccountTestData.Password)).StatusCode);
        await standIn.UploadAsync(id, "Other", "notitie.pdf", DocumentTestKit.Pdf("vervanger"));
        int own;
        await using (var db = factory.Db())
        {
            own = await db.Context.Documents.Where(d => d.ParticipantId == id && d.Id != coachs).Select(d => d.Id).SingleAsync();
        }

        var page = $"/participants/{id}/documents";
        Assert.Equal(HttpStatusCode.Forbidden, (await standIn.PostFormAsync(page, $"{page}/{coachs}/delete", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await standIn.PostFormAsync(page, $"{page}/{own}/delete", [])).StatusCode);
        await using var check = factory.Db();
        Assert.True(await check.Context.Documents.AnyAsync(d => d.Id == coachs));
        Assert.False(await check.Context.Documents.AnyAsync(d => d.Id == own));
    }

    [Fact]
    public async Task LeadAndOtherCoach_GetNoDocuments()
    {
        var id = await factory.ParticipantAsync("Niet", DemoAccounts.Coach, familyName: "Voor Jou");
        var coach = await CoachAsync();
        await coach.UploadAsync(id, "Cv", "cv.pdf", DocumentTestKit.Pdf("geheim"));
        var documentId = await OnlyDocumentAsync(id);
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var otherCoach = factory.Browser();
        await otherCoach.SignInAsync("coach2@jobportunities.test");

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/participants/{id}/documents/{documentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync($"/participants/{id}/documents/{documentId}")).StatusCode);
        Assert.DoesNotContain("/documents", await lead.GetPageAsync($"/participants/{id}"));
    }
}
