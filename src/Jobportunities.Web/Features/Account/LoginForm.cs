using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

public sealed class LoginForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator(IStringLocalizer<SharedResource> texts)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(texts["Login.EmailRequired"]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(texts["Login.PasswordRequired"]);
    }
}

/// <summary>The login page: the form and, in Development only, the demo accounts.</summary>
public sealed record LoginPage(LoginForm Form, IReadOnlyList<DemoAccount> DemoAccounts);

public sealed record DemoAccount(string Email, string RoleKey);
