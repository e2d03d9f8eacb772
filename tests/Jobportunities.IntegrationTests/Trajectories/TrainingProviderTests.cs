using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Trajectories;

/// <summary>Training providers and their courses: coaches read them; leads and administrators keep them.</summary>
public class TrainingProviderTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<int> DemoProviderIdAsync()
    {
        await using var db = factory.Db();
        return await db.Context.TrainingProviders.Where(p => p.Name == "Drenthe College Emmen").Select(p => p.Id).SingleAsync();
    }

    [Theory]
    [InlineData(DemoAccounts.Coach, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Lead, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Admin, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Adviser, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Referrer, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task Pages_ForReadersAndKeepers(string email, HttpStatusCode read, HttpStatusCode keep)
    {
        var provider = await DemoProviderIdAsync();
        int course;
        await using (var db = factory.Db())
        {
            course = await db.Context.Courses.Where(c => c.TrainingProviderId == provider).Select(c => c.Id).FirstAsync();
        }

        var client = factory.Browser();
        await client.SignInAsync(email);
        Assert.Equal(read, (await client.GetAsync("/training-providers")).StatusCode);
        Assert.Equal(read, (await client.GetAsync($"/training-providers/{provider}")).StatusCode);
        foreach (var url in new[] { "/training-providers/new", $"/training-providers/{provider}/edit", $"/training-providers/{provider}/courses/new", $"/training-providers/{provider}/courses/{course}" })
        {
            Assert.Equal(keep, (await client.GetAsync(url)).StatusCode);
        }

        if (keep == HttpStatusCode.Forbidden)
        {
            foreach (var url in new[] { "/training-providers/new", $"/training-providers/{provider}/edit", $"/training-providers/{provider}/courses/new", $"/training-providers/{provider}/courses/{course}",
                $"/training-providers/{provider}/courses/{course}/runs" })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/", url, [new("Form.Name", "x")])).StatusCode);
            }
        }
    }

    [Fact]
    public async Task Strangers_GoToTheLoginPage() =>
        (await factory.Browser().GetAsync("/training-providers")).AssertSentToLogin();

    [Fact]
    public async Task DemoProviders_AreOnBothSidesOfTheBorder()
    {
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var page = await coach.GetPageAsync("/training-providers");
        foreach (var name in new[] { "Drenthe College Emmen", "Techniekcentrum Coevorden", "Ländliche Erwachsenenbildung Emsland", "IT-Akademie Nordhorn", "Berufsbildungszentrum Lingen" })
        {
            Assert.Contains(name, page);
        }

        await using var db = factory.Db();
        Assert.Equal(12, await db.Context.TrainingProviders.CountAsync());
        Assert.Equal(2, await db.Context.TrainingProviders.Select(p => p.Country).Distinct().CountAsync());
    }

    [Fact]
    public async Task Lead_AddsAProviderACourseAndRuns_SeatsNeverBelowTaken()
    {
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var wrongPostcode = await lead.PostFormAsync("/training-providers/new", [new("Form.Name", "VHS Meppen"), new("Form.Country", "DE"), new("Form.City", "Meppen"), new("Form.Postcode", "7811 AB")]);
        Assert.Contains("Vul een Duitse postcode van vijf cijfers in", await wrongPostcode.Content.ReadAsStringAsync());

        var created = await lead.PostFormAsync("/training-providers/new", [new("Form.Name", "VHS Meppen"), new("Form.Country", "DE"), new("Form.City", "Meppen"), new("Form.Postcode", "49716")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var providerUrl = created.Headers.Location!.ToString();
        var duplicate = await lead.PostFormAsync("/training-providers/new", [new("Form.Name", "VHS Meppen"), new("Form.Country", "DE"), new("Form.City", "Meppen"), new("Form.Postcode", "49716")]);
        Assert.Contains("Er is al een opleider met deze naam.", await duplicate.Content.ReadAsStringAsync());

        var course = await lead.PostFormAsync($"{providerUrl}/courses/new",
        [
            new("Form.Title", "Pflegehelfer/in Basiskurs"), new("Form.Sector", "Care"), new("Form.Level", "2"), new("Form.Language", "de"),
            new("Form.LocationPostcode", "49716"), new("Form.LocationCity", "Meppen"), new("Form.Cost", "1900"), new("Form.DurationWeeks", "12"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, course.StatusCode);
        var courseUrl = course.Headers.Location!.ToString();
        var start = factory.Today().AddDays(30).ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(courseUrl, $"{courseUrl}/runs", [new("Run.StartDate", start), new("Run.Seats", "2")])).StatusCode);

        int runId;
        await using (var db = factory.Db())
        {
            var run = await db.Context.CourseRuns.Include(r => r.Course).SingleAsync(r => r.Course!.Title == "Pflegehelfer/in Basiskurs");
            Assert.Equal((2, 0, "de"), (run.Seats, run.SeatsTaken, run.Course!.Language));
            runId = run.Id;
            await db.Context.CourseRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.SeatsTaken, 2));
        }

        var below = await lead.PostFormAsync(courseUrl, $"{courseUrl}/runs/{runId}/seats", [new($"Seats[{runId}].Seats", "1")]);
        Assert.Contains("het aantal plaatsen kan niet lager", await below.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(courseUrl, $"{courseUrl}/runs/{runId}/seats", [new($"Seats[{runId}].Seats", "4")])).StatusCode);

        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Contains("2 van 4 bezet", await coach.GetPageAsync(providerUrl));
    }
}
