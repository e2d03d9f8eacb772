namespace Jobportunities.Web.Features.Account;

/// <summary>A six-digit code from the authenticator app: at enrolment and at the sign-in step after the password.</summary>
public sealed class AuthenticatorCodeForm
{
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>Apps show the code as "123 456"; spaces and dashes are not part of it.</summary>
    public string Normalized => (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
