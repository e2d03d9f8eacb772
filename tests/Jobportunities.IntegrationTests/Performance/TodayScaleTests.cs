using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Today;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Jobportunities.IntegrationTests.Performance;

/// <summary>
/// The start page, the signals and the intake queue send the same number of SQL commands for a
/// coach with one file of each kind as with ten times as many (docs/performance.md): the work is
/// per page, never per file, per programme or per application.
/// </summary>
public sealed class TodayScaleTests(AppFactory factory, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    private static readonly (string Account, string Url)[] Pages =
    [
        (DemoAccounts.Coach, "/"),
        (DemoAccounts.Coach, "/signals"),
        (DemoAccounts.Coach, "/intake-queue"),
        (DemoAccounts.Lead, "/"),
        (DemoAccounts.Lead, "/signals"),
        (DemoAccounts.Lead, "/intake-queue"),
    ];

    [Fact]
    public async Task StartPageSignalsAndQueue_SendTheSameNumberOfCommands_WithTenTimesTheFiles()
    {
        await ArrangeRoundAsync(0);
        var before = await CountAsync();

        for (var round = 1; round <= 10; round++)
        {
            await ArrangeRoundAsync(round);
        }

        var after = await CountAsync();
        for (var i = 0; i < Pages.Length; i++)
        {
            output.WriteLine($"{before[i],3} -> {after[i],3}  {Pages[i].Account,-28} {Pages[i].Url}");
        }

        Assert.Equal(before, after);
        Assert.All(after, count => Assert.True(count <= QueryBudgetTests.Budget, $"{count} commands"));
    }

    /// <summary>One file of every kind the pages list: overdue action and no recent contact, overdue check, check without evidence, plan item, old application.</summary>
    private async Task ArrangeRoundAsync(int round)
    {
        var file = await factory.FileWithActionAsync($"Schaal{round}", DemoAccounts.Coach, actionInDays: -3, contactDaysAgo: 70);
        await factory.CheckAsync(file, dueInDays: -40);
        await factory.CheckAsync(file, dueInDays: -5);
        await factory.WagonStartingTodayAsync(file);
        var application = await factory.ApplyAsync($"Schaalaanmelding{round}");
        await using var db = factory.Db();
        await db.Context.Applications.Where(a => a.Id == application.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.SubmittedUtc, factory.Clock.GetUtcNow().UtcDateTime.AddDays(-20)));
    }

    private async Task<int[]> CountAsync()
    {
        var counts = new List<int>();
        foreach (var (account, url) in Pages)
        {
            var client = factory.Browser();
            await client.SignInAsync(account);
            await client.GetAsync(url); // the first view compiles the queries
            var key = Guid.NewGuid().ToString("N");
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add(CommandCounter.Header, key);
            var response = await client.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{account} {url}: {(int)response.StatusCode}");
            counts.Add(factory.Commands.For(key).Count);
        }

        return [.. counts];
    }
}
