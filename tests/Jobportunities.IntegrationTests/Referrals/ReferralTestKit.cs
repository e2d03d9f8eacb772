using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Jobportunities.IntegrationTests.Infrastructure;

namespace Jobportunities.IntegrationTests.Referrals;

/// <summary>CSV files, multipart uploads with the real antiforgery token, and reading tables back.</summary>
internal static partial class ReferralTestKit
{
    public const string Verweiser = "verweiser@jobportunities.test";
    public const string Header = "externalReference;programme;givenName;familyName;birthDate;email;phone;postcode;country;benefit;reason;consentToShare";

    /// <summary>A valid, eligible row for the demo programme (Emmen, no benefit, age 36 or so).</summary>
    public static string Row(string external, string givenName = "Anna", string birthDate = "1990-05-01", string postcode = "7811 AB", string country = "NL", string benefit = "none") =>
        $"{external};new-jobportunities-2;{givenName};de Vries;{birthDate};{givenName.ToLowerInvariant()}@example.nl;;{postcode};{country};{benefit};Wil graag werken;ja";

    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    /// <summary>A prefix so each test's external references are its own in the shared class database.</summary>
    public static string Unique() => "T" + Guid.NewGuid().ToString("N")[..8];

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] content, string fileName = "verwijzingen.csv")
    {
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetPageAsync("/referrals/upload"));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Form.File", fileName);
        return await client.PostAsync("/referrals/upload", form);
    }

    /// <summary>Uploads, follows the redirect to the report and returns the upload's id and page.</summary>
    public static async Task<(int Id, string Page)> UploadToReportAsync(this HttpClient client, byte[] content)
    {
        var response = await client.UploadAsync(content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var id = int.Parse(UploadId().Match(location).Groups[1].Value);
        return (id, await client.GetPageAsync(location));
    }

    /// <summary>The rows of the page's tables as decoded cell texts (th and td).</summary>
    public static List<string[]> TableRows(string html) =>
        TableRow().Matches(html)
            .Select(r => Cell().Matches(r.Value).Select(c => WebUtility.HtmlDecode(Tag().Replace(c.Groups[1].Value, "")).Trim()).ToArray())
            .Where(cells => cells.Length > 0)
            .ToList();

    public static string Text(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex(@"/referrals/uploads/(\d+)")]
    private static partial Regex UploadId();

    [GeneratedRegex(@"<tr\b[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"<t[hd]\b[^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
