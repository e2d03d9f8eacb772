using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Programmes;

public class ProgrammeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    internal const string Main = "/programmes/new-jobportunities-2";

    [Theory]
    [InlineData(DemoAccounts.Lead, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Admin, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Coach, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Adviser, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Referrer, HttpStatusCode.Forbidden)]
    public async Task Details_And_Edit_AreForLeadsAndAdministrators(string email, HttpStatusCode expected)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        Assert.Equal(expected, (await client.GetAsync("/programmes")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync(Main)).StatusCode);
        Assert.Equal(expected, (await client.GetAsync(Main + "/edit")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsSentToLogin()
    {
        var response = await factory.Browser().GetAsync(Main);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Details_ShowsTheExactRegion_AndTheDesignSettings()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Admin);
        var page = await client.GetPageAsync(Main);

        Assert.Contains("New Jobportunities 2.0", page);
        Assert.Contains("Landkreis Emsland", page);
        Assert.Contains("26871", page); // Papenburg is in the region
        Assert.DoesNotContain("49074", page); // Osnabrück is not
        Assert.Contains("18 tot en met 67 jaar", page);
        Assert.Contains("60 minuten", page);
        Assert.Contains("Geen uitkering", page);
    }

    [Fact]
    public async Task Edit_SavesSettings_AndRegion()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Admin);
        var fields = await EditFieldsAsync(client, "/programmes/meedoen-werkt/edit");
        fields["Form.TargetParticipants"] = "120";
        fields["Form.DurableMinimumHours"] = "16";
        fields["Form.Benefits"] = "bijstand";
        fields["Form.Areas[1].Name"] = "Doetinchem";
        fields["Form.Areas[1].Country"] = "NL";
        fields["Form.Areas[1].Kind"] = "Municipality";
        fields["Form.Areas[1].Postcodes"] = "7001, 7002 7003";

        var response = await client.PostFormAsync("/programmes/meedoen-werkt/edit", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Db();
        var programme = await scope.Context.Programmes.Include(p => p.Areas).ThenInclude(a => a.Postcodes).SingleAsync(p => p.Code == "meedoen-werkt");
        Assert.Equal(120, programme.Targets.Participants);
        Assert.Equal(16m, programme.DurableRule.MinimumHoursPerWeek);
        var added = programme.Areas.Single(a => a.Name == "Doetinchem");
        Assert.Equal(["7001", "7002", "7003"], added.Postcodes.Select(p => p.Code).Order());
    }

    [Fact]
    public async Task Edit_ShowsErrors_AndKeepsEverythingTyped()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Lead);
        var fields = await EditFieldsAsync(client, Main + "/edit");
        fields["Form.Name"] = "Nieuwe naam die bewaard blijft";
        fields["Form.MinimumAge"] = "70";
        fields["Form.MaximumAge"] = "67";
        fields["Form.Areas[0].Postcodes"] = "7811 9999x";

        var response = await client.PostFormAsync(Main + "/edit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("De maximale leeftijd mag niet lager zijn dan de minimale leeftijd.", page);
        Assert.Contains("9999x", page);
        Assert.Contains("value=\"Nieuwe naam die bewaard blijft\"", page);
        await using var scope = factory.Db();
        Assert.Equal("New Jobportunities 2.0", (await scope.Context.Programmes.SingleAsync(p => p.Code == "new-jobportunities-2")).Name);
    }

    [Fact]
    public async Task Edit_RefusesStaleForm_ShowsBothVersions_AndKeepsInput()
    {
        var first = factory.Browser();
        await first.SignInAsync(DemoAccounts.Admin);
        var second = factory.Browser();
        await second.SignInAsync(DemoAccounts.Lead);
        var firstFields = await EditFieldsAsync(first, Main + "/edit");
        var secondFields = await EditFieldsAsync(second, Main + "/edit");

        firstFields["Form.TargetParticipants"] = "111";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(Main + "/edit", firstFields)).StatusCode);

        secondFields["Form.TargetParticipants"] = "222";
        var stale = await second.PostFormAsync(Main + "/edit", secondFields);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page);
        Assert.Contains("value=\"222\"", page);
        Assert.Contains("<dd>111</dd>", page);
        await using var scope = factory.Db();
        Assert.Equal(111, (await scope.Context.Programmes.SingleAsync(p => p.Code == "new-jobportunities-2")).Targets.Participants);
    }

    /// <summary>The edit form's current values, as the browser would post them back.</summary>
    private static async Task<Dictionary<string, string>> EditFieldsAsync(HttpClient client, string url) =>
        FormReader.Fields(await client.GetPageAsync(url));
}

/// <summary>Takes the demo lead out of a demo programme, so in a database of its own.</summary>
public class ProgrammeMembershipTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Main = ProgrammeTests.Main;

    [Fact]
    public async Task Lead_SeesOnlyProgrammesTheyWorkIn()
    {
        await using (var scope = factory.Db())
        {
            var lead = await scope.Context.Users.SingleAsync(u => u.Email == DemoAccounts.Lead);
            var second = await scope.Context.Programmes.SingleAsync(p => p.Code == "meedoen-werkt");
            await scope.Context.ProgrammeMembers.Where(m => m.UserId == lead.Id && m.ProgrammeId == second.Id).ExecuteDeleteAsync();
        }

        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Lead);
        Assert.DoesNotContain("Meedoen Werkt", await client.GetPageAsync("/programmes"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/programmes/meedoen-werkt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync(Main + "/edit", "/programmes/meedoen-werkt/edit", [new("Form.Name", "x")])).StatusCode);

        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        Assert.Contains("Meedoen Werkt", await admin.GetPageAsync("/programmes"));
    }
}
