using System.Net.Mail;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure;

/// <summary>Mails about a staff account: a password-reset link and the invitation to set a first password.</summary>
public interface IAccountMailer
{
    Task SendPasswordResetAsync(string email, string link, CancellationToken ct);

    Task SendInvitationAsync(string email, string displayName, string link, CancellationToken ct);
}

/// <summary>
/// SMTP when Smtp:Host is set. Without a host nothing is sent and nothing fails; the log says a
/// mail was not sent but never carries the link, which is as good as a password for two hours.
/// </summary>
internal sealed class SmtpAccountMailer(IConfiguration configuration, IStringLocalizer<SharedResource> texts, ILogger<SmtpAccountMailer> logger) : IAccountMailer
{
    public Task SendPasswordResetAsync(string email, string link, CancellationToken ct) =>
        SendAsync("password-reset", email, texts["Account.Mail.ResetSubject"].Value, texts["Account.Mail.ResetBody", link].Value, ct);

    public Task SendInvitationAsync(string email, string displayName, string link, CancellationToken ct) =>
        SendAsync("invitation", email, texts["Account.Mail.InviteSubject"].Value, texts["Account.Mail.InviteBody", displayName, email, link].Value, ct);

    private async Task SendAsync(string kind, string email, string subject, string body, CancellationToken ct)
    {
        var host = configuration["Smtp:Host"];
        if (string.IsNullOrWhiteSpace(host))
        {
            logger.LogInformation("Account mail ({Kind}) not sent: no Smtp:Host configured", kind);
            return;
        }

        try
        {
            using var client = new SmtpClient(host, configuration.GetValue("Smtp:Port", 25)) { EnableSsl = configuration.GetValue("Smtp:EnableSsl", false) };
            using var message = new MailMessage(configuration["Smtp:From"] ?? "noreply@jobportunities.test", email, subject, body);
            await client.SendMailAsync(message, ct);
        }
        catch (Exception ex) when (ex is SmtpException or InvalidOperationException or IOException)
        {
            // The page answers the same either way (no account enumeration); the log tells the administrator.
            logger.LogWarning(ex, "Account mail ({Kind}) not sent", kind);
        }
    }
}
