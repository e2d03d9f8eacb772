namespace Jobportunities.Web.Features.Account;

public sealed class RecoveryCodeForm
{
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }
}
