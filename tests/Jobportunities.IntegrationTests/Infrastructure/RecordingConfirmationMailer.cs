using System.Collections.Concurrent;
using System.Globalization;
using Jobportunities.Web.Features.Intake;
using Jobportunities.Web.Infrastructure;

namespace Jobportunities.IntegrationTests.Infrastructure;

/// <summary>
/// The candidate's confirmation mails, recorded instead of sent (the mail server is outside the
/// process), with the language the request was in: the real mailer writes its texts in that language.
/// </summary>
public sealed class RecordingConfirmationMailer : IConfirmationMailer
{
    public sealed record Mail(string Email, string GivenName, string ProgrammeName, IntakeConfirmation Confirmation, string Language);

    public ConcurrentQueue<Mail> Sent { get; } = new();

    public Task SendAsync(string email, string givenName, string programmeName, IntakeConfirmation confirmation, CancellationToken ct)
    {
        Sent.Enqueue(new Mail(email, givenName, programmeName, confirmation, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        return Task.CompletedTask;
    }

    public IReadOnlyList<Mail> To(string email) => Sent.Where(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase)).ToList();
}
