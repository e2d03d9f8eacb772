namespace Jobportunities.Web.Features.Account;

public sealed record DemoAccount(string Email, string RoleKey);
