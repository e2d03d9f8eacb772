namespace Jobportunities.Web.Features.Account;

/// <summary>The login page: the form and, in Development only, the demo accounts.</summary>
public sealed record LoginPage(LoginForm Form, IReadOnlyList<DemoAccount> DemoAccounts);
