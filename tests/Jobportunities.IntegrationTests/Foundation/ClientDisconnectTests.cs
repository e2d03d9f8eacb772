using System.Collections.Concurrent;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Jobportunities.IntegrationTests.Foundation;

/// <summary>
/// Runs alone (no other test class at the same time): under the whole suite's load the abandoned
/// request's cancellation was seen to arrive after the test's 30 s wait.
/// </summary>
[CollectionDefinition(nameof(ClientDisconnectTests), DisableParallelization = true)]
public sealed class ClientDisconnectCollection;

[Collection(nameof(ClientDisconnectTests))]
public sealed class ClientDisconnectTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(typeof(OperationCanceledException), true, true)]
    [InlineData(typeof(TaskCanceledException), true, true)]
    [InlineData(typeof(IOException), true, true)]
    [InlineData(typeof(OperationCanceledException), false, false)]
    [InlineData(typeof(InvalidOperationException), true, false)]
    [InlineData(typeof(ConnectionResetException), false, true)]
    public void IsClientAbort_TellsTheClientLeavingFromOurFaults(Type exceptionType, bool requestAborted, bool expected)
    {
        var exception = (Exception)Activator.CreateInstance(exceptionType, "test")!;
        Assert.Equal(expected, ClientDisconnect.IsClientAbort(exception, requestAborted));
    }

    [Fact]
    public void IsClientAbort_SeesAnAbortedBody_AndACancellationWrappedInAnother()
    {
        Assert.True(ClientDisconnect.IsClientAbort(new BadHttpRequestException("Unexpected end of request content."), requestAborted: true));
        Assert.True(ClientDisconnect.IsClientAbort(new InvalidOperationException("wrapped", new TaskCanceledException()), requestAborted: true));
        Assert.False(ClientDisconnect.IsClientAbort(new BadHttpRequestException("Bad form"), requestAborted: false));
    }

    [Fact]
    public async Task AbandonedRequest_IsLoggedOnceAtInformation_AsClientDisconnected_WithoutAnError()
    {
        var sink = new CapturingSink();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.AddSingleton<ILogEventSink>(sink);
            s.Configure<MvcOptions>(o => o.Filters.Add(new HoldUntilClientLeaves()));
        }));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(HoldUntilClientLeaves.Header, "1");

        using var leave = new CancellationTokenSource();
        var request = client.GetAsync("/account/login", leave.Token);
        await HoldUntilClientLeaves.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!sink.Events.Any(IsDisconnect) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await Task.Delay(200); // anything logged after the disconnect line would show up now
        var disconnect = Assert.Single(sink.Events, IsDisconnect);
        Assert.Equal(LogEventLevel.Information, disconnect.Level);
        Assert.Null(disconnect.Exception);
        Assert.DoesNotContain(sink.Events, e => e.Level >= LogEventLevel.Error);
        Assert.DoesNotContain(sink.Events, e => e.Exception is OperationCanceledException);
    }

    [Fact]
    public async Task HarnessReferencePage_DoesNotExist_InNormalRuns()
    {
        // Signed in: deny-by-default sends an anonymous caller of any unmapped path to the login page.
        var client = factory.Browser();
        await client.SignInAsync(Web.Demo.DemoAccounts.Coach);
        var response = await client.GetAsync("/harness/fortunes");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static bool IsDisconnect(LogEvent e) => e.MessageTemplate.Text.StartsWith("Client disconnected", StringComparison.Ordinal);

    private sealed class CapturingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    /// <summary>Stands for slow work that honours the request's cancellation, as every query does.</summary>
    private sealed class HoldUntilClientLeaves : IAsyncActionFilter
    {
        public const string Header = "X-Test-Hold";

        public static TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            if (context.HttpContext.Request.Headers.ContainsKey(Header))
            {
                Entered.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.HttpContext.RequestAborted);
            }

            await next();
        }
    }
}
