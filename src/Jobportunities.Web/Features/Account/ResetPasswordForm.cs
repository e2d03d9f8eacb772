namespace Jobportunities.Web.Features.Account;

/// <summary>The set-password form behind a reset or invitation link: the user id and Identity's token travel in the link.</summary>
public sealed class ResetPasswordForm
{
    public string? UserId { get; set; }

    public string? Token { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}
