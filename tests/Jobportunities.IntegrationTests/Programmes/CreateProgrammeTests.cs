using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Programmes;

public class CreateProgrammeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static ProgrammeSpec Spec(string code, string postcodes = "7811 7812") =>
        new(code, "Testprogramma " + code, ["none", "bijstand"], [new("Emmen", "NL", "Municipality", postcodes)]);

    private async Task<HttpClient> AdminAsync()
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        return admin;
    }

    [Fact]
    public async Task Create_StoresProgramme_WithRegionTeamAndTargets_ForAdministrator()
    {
        var admin = await AdminAsync();
        var fields = await ProgrammeForms.FieldsAsync(admin, Spec("create-ok", "7811, 7812;7811\n7813") with { TargetEmployers = 100, TargetWorkplaces = 20 });
        int partnerId;
        string coachId;
        await using (var scope = factory.Db())
        {
            partnerId = (await scope.Context.Organisations.OrderBy(o => o.Id).FirstAsync()).Id;
            coachId = (await scope.Context.Users.SingleAsync(u => u.Email == DemoAccounts.Coach)).Id;
        }

        fields.Add(new($"Form.Partners[{partnerId}]", "true"));
        fields.Add(new($"Form.Staff[{coachId}]", "true"));

        var response = await admin.PostFormAsync(ProgrammeForms.NewUrl, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/programmes/create-ok", response.Headers.Location!.OriginalString);
        await using var db = factory.Db();
        var programme = await db.Context.Programmes.Include(p => p.Areas).ThenInclude(a => a.Postcodes).Include(p => p.Partners).SingleAsync(p => p.Code == "create-ok");
        Assert.Equal(["7811", "7812", "7813"], programme.Areas.Single().Postcodes.Select(p => p.Code).Order());
        Assert.Equal(100, programme.Targets.Employers);
        Assert.Equal(20, programme.Targets.Workplaces);
        Assert.Equal([partnerId], programme.Partners.Select(p => p.OrganisationId));
        Assert.True(await db.Context.ProgrammeMembers.AnyAsync(m => m.ProgrammeId == programme.Id && m.UserId == coachId));
        Assert.Contains("Testprogramma create-ok", await admin.GetPageAsync("/programmes"));
    }

    [Theory]
    [InlineData(DemoAccounts.Lead)]
    [InlineData(DemoAccounts.Coach)]
    public async Task Create_IsForbidden_ForLeadsAndCoaches(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(ProgrammeForms.NewUrl)).StatusCode);

        var code = "by-" + email[..4];
        var admin = await AdminAsync();
        var fields = await ProgrammeForms.FieldsAsync(admin, Spec(code));
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetPageAsync("/"));
        var post = await client.PostAsync(ProgrammeForms.NewUrl, new FormUrlEncodedContent(fields.Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await using var scope = factory.Db();
        Assert.False(await scope.Context.Programmes.AnyAsync(p => p.Code == code));
    }

    [Fact]
    public async Task Create_SendsAnonymousToLogin()
    {
        var response = await factory.Browser().GetAsync(ProgrammeForms.NewUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Create_RefusesCodeInUse_AndKeepsTheForm()
    {
        var admin = await AdminAsync();
        var response = await ProgrammeForms.CreateAsync(admin, Spec("new-jobportunities-2") with { Name = "Dubbele code" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("De code new-jobportunities-2 is al in gebruik door een ander programma.", page);
        Assert.Contains("value=\"Dubbele code\"", page);
        await using var scope = factory.Db();
        Assert.Equal(1, await scope.Context.Programmes.CountAsync(p => p.Code == "new-jobportunities-2"));
    }

    [Fact]
    public async Task Create_NamesInvalidPostcodes_AndKeepsEverythingTyped()
    {
        var admin = await AdminAsync();
        var response = await ProgrammeForms.CreateAsync(admin, Spec("junk-codes", "7811, 0123; 78x1\n49716 7812") with { Name = "Naam blijft staan" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("0123, 78x1, 49716", page);
        Assert.Contains("value=\"Naam blijft staan\"", page);
        Assert.Contains("value=\"junk-codes\"", page);
        Assert.Contains("7811, 0123; 78x1", page);
        await using var scope = factory.Db();
        Assert.False(await scope.Context.Programmes.AnyAsync(p => p.Code == "junk-codes"));
    }

    [Theory]
    [InlineData("Groningen-Werk")]
    [InlineData("werk_programma")]
    [InlineData("-werk")]
    [InlineData("new")]
    public async Task Create_RefusesCodeThatIsNotALowerCaseSlug(string code)
    {
        var admin = await AdminAsync();
        var response = await ProgrammeForms.CreateAsync(admin, Spec(code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul bij Code alleen kleine letters, cijfers en enkele koppeltekens in", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_ReadsPostcodesFromUploadedCsv()
    {
        var admin = await AdminAsync();
        var response = await PostMultipartAsync(admin, Spec("csv-upload", "48527") with { Areas = [new("Nordhorn", "DE", "City", "48527")] },
            "\uFEFFPLZ\r\n48529\r\n48531\r\n48527\r\n"u8.ToArray(), "nordhorn.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Db();
        var programme = await scope.Context.Programmes.Include(p => p.Areas).ThenInclude(a => a.Postcodes).SingleAsync(p => p.Code == "csv-upload");
        Assert.Equal(["48527", "48529", "48531"], programme.Areas.Single().Postcodes.Select(p => p.Code).Order());
    }

    [Fact]
    public async Task Create_NamesTheFileToPickAgain_WhenUploadUnreadable_AndKeepsTheForm()
    {
        var admin = await AdminAsync();
        var response = await PostMultipartAsync(admin, Spec("csv-bad") with { Name = "Bewaard na upload" }, [0x50, 0x4C, 0x5A, 0xFC, 0x0A], "landkreis.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Het bestand landkreis.csv bij Postcodes uit een CSV-bestand is geen UTF-8.", page);
        Assert.Contains("value=\"Bewaard na upload\"", page);
        Assert.Contains("7811 7812", page);
    }

    [Fact]
    public async Task Create_TwiceWithTheSameForm_StoresOneProgramme()
    {
        var admin = await AdminAsync();
        var fields = await ProgrammeForms.FieldsAsync(admin, Spec("double-click"));

        var first = await admin.PostFormAsync(ProgrammeForms.NewUrl, fields);
        var second = await admin.PostFormAsync(ProgrammeForms.NewUrl, fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await using var scope = factory.Db();
        Assert.Equal(1, await scope.Context.Programmes.CountAsync(p => p.Code == "double-click"));
    }

    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient admin, ProgrammeSpec spec, byte[] file, string fileName)
    {
        var fields = await ProgrammeForms.FieldsAsync(admin, spec);
        var token = HttpClientExtensions.AntiforgeryToken(await admin.GetPageAsync(ProgrammeForms.NewUrl));
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Append(new("__RequestVerificationToken", token)))
        {
            content.Add(new StringContent(value, Encoding.UTF8), key);
        }

        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(upload, "Form.Areas[0].PostcodeFile", fileName);
        return await admin.PostAsync(ProgrammeForms.NewUrl, content);
    }
}
