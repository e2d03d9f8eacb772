namespace Jobportunities.Web.Features.Account;

public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }
}
