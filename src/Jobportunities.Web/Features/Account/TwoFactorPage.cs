namespace Jobportunities.Web.Features.Account;

public sealed record TwoFactorPage(bool Enabled, string? Key, string? QrDataUri, AuthenticatorCodeForm Form, int RecoveryCodesLeft);
