using System.IO.Compression;
using System.Net.Http.Headers;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Placements;
using Jobportunities.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Documents;

/// <summary>Files of each accepted type, a multipart upload as a browser sends it, and a durable check that is due today.</summary>
public static class DocumentTestKit
{
    private static readonly DateTimeOffset FixedStamp = new(2026, 6, 15, 8, 30, 0, TimeSpan.Zero);

    public static byte[] Pdf(string text = "payslip") => System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n% " + text + "\n%%EOF\n");

    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = zip.CreateEntry("[Content_Types].xml");
            types.LastWriteTime = FixedStamp; // the same bytes on every call: a zip entry carries its time
            using (var writer = new StreamWriter(types.Open()))
            {
                writer.Write("<Types/>");
            }

            var body = zip.CreateEntry("word/document.xml");
            body.LastWriteTime = FixedStamp; // the same bytes on every call: a zip entry carries its time
            using (var writer = new StreamWriter(body.Open()))
            {
                writer.Write("<w:document/>");
            }
        }

        return stream.ToArray();
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, int participantId, string kind, string fileName, byte[] bytes, string browserType = "application/pdf")
    {
        var url = $"/participants/{participantId}/documents";
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetPageAsync(url));
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new StringContent(kind), "Form.Kind");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(browserType);
        content.Add(file, "Form.File", fileName);
        return await client.PostAsync(url, content);
    }

    /// <summary>A placement that started six months ago with its durable check due today.</summary>
    public static async Task<int> DueCheckAsync(this AppFactory factory, int participantId)
    {
        await using var db = factory.Db();
        var p = await db.Context.Participants.SingleAsync(x => x.Id == participantId);
        var employer = new Employer("Documenten Test " + participantId, "NL", (81000000 + participantId).ToString(System.Globalization.CultureInfo.InvariantCulture), Sector.Care, factory.Clock.GetUtcNow().UtcDateTime);
        db.Context.Employers.Add(employer);
        await db.Context.SaveChangesAsync();
        var today = factory.Clock.Today();
        var placement = new Placement(participantId, employer.Id, null, PlacementKind.Job, ContractType.FixedTerm, 32m, "NL", today.AddMonths(-6), p.CoachId, factory.Clock.GetUtcNow().UtcDateTime);
        db.Context.Placements.Add(placement);
        await db.Context.SaveChangesAsync();
        var check = new DurableCheck(participantId, placement.Id, today);
        db.Context.DurableChecks.Add(check);
        await db.Context.SaveChangesAsync();
        return check.Id;
    }
}
