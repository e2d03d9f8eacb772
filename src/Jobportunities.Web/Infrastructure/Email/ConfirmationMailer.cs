using System.Net.Mail;
using Jobportunities.Web.Features.Intake;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure;

/// <summary>Sends the candidate a confirmation with the reference number.</summary>
public interface IConfirmationMailer
{
    Task SendAsync(string email, string givenName, string programmeName, IntakeConfirmation confirmation, CancellationToken ct);
}

/// <summary>
/// SMTP when Smtp:Host is set; otherwise nothing is sent and nothing fails. A failing mail server
/// never fails the application: the candidate already has the reference on screen.
/// </summary>
internal sealed class SmtpConfirmationMailer(IConfiguration configuration, IStringLocalizer<SharedResource> texts, ILogger<SmtpConfirmationMailer> logger) : IConfirmationMailer
{
    public async Task SendAsync(string email, string givenName, string programmeName, IntakeConfirmation confirmation, CancellationToken ct)
    {
        var host = configuration["Smtp:Host"];
        if (string.IsNullOrWhiteSpace(host))
        {
            return;
        }

        try
        {
            using var client = new SmtpClient(host, configuration.GetValue("Smtp:Port", 25)) { EnableSsl = configuration.GetValue("Smtp:EnableSsl", false) };
            var body = texts["Intake.Mail.Body", givenName, programmeName, confirmation.Reference].Value
                + Environment.NewLine + Environment.NewLine
                + (confirmation.Eligible ? texts["Intake.Mail.Eligible"].Value : texts["Intake.Mail.NotEligible"].Value);
            using var message = new MailMessage(configuration["Smtp:From"] ?? "noreply@jobportunities.test", email, texts["Intake.Mail.Subject", confirmation.Reference].Value, body);
            await client.SendMailAsync(message, ct);
        }
        catch (Exception ex) when (ex is SmtpException or InvalidOperationException or IOException)
        {
            logger.LogWarning(ex, "Confirmation mail for {Reference} not sent", confirmation.Reference);
        }
    }
}
