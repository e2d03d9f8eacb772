namespace Jobportunities.Web.Features.Account;

public sealed record ChangePasswordPage(ChangePasswordForm Form, bool FirstSignIn);
