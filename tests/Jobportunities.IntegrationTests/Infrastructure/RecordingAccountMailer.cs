using System.Collections.Concurrent;
using Jobportunities.Web.Infrastructure;

namespace Jobportunities.IntegrationTests.Infrastructure;

/// <summary>Records account mails instead of sending them, so a test can follow the link as the user would.</summary>
public sealed class RecordingAccountMailer : IAccountMailer
{
    public ConcurrentQueue<(string Kind, string Email, string Link)> Sent { get; } = new();

    public Task SendPasswordResetAsync(string email, string link, CancellationToken ct)
    {
        Sent.Enqueue(("reset", email, link));
        return Task.CompletedTask;
    }

    public Task SendInvitationAsync(string email, string displayName, string link, CancellationToken ct)
    {
        Sent.Enqueue(("invitation", email, link));
        return Task.CompletedTask;
    }

    /// <summary>The path and query of the last link mailed to <paramref name="email"/>, or null.</summary>
    public string? LastLinkTo(string email, string kind = "reset") =>
        Sent.LastOrDefault(m => m.Email == email && m.Kind == kind).Link is { } link ? new Uri(link).PathAndQuery : null;

    public int CountTo(string email) => Sent.Count(m => m.Email == email);
}
