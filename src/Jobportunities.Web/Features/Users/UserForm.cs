using Jobportunities.Core.Common;
using Jobportunities.Web.Infrastructure;
using FluentValidation;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Users;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Users;

public sealed class UserForm
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    public int? OrganisationId { get; set; }

    public List<int> ProgrammeIds { get; set; } = [];

    public bool IsDisabled { get; set; }

    /// <summary>Only when creating: the first password, which the user changes later.</summary>
    public string? Password { get; set; }

    public static UserForm From(UserInput input) => new()
    {
        Email = input.Email,
        DisplayName = input.DisplayName,
        Roles = input.Roles.ToList(),
        OrganisationId = input.OrganisationId,
        ProgrammeIds = input.ProgrammeIds.ToList(),
        IsDisabled = input.IsDisabled,
    };

    public UserInput ToInput() => new(Email!.Trim(), DisplayName!.Trim(), Roles, OrganisationId, ProgrammeIds, IsDisabled);
}

public sealed class UserFormValidator : AbstractValidator<UserForm>
{
    public UserFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(t["Validation.Required", t["Field.Email"]])
            .EmailAddress().WithMessage(t["Validation.Email"]).MaxLength(FieldLengths.Account.Email, t, "Field.Email");
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage(t["Validation.Required", t["Field.DisplayName"]]).MaxLength(FieldLengths.Account.DisplayName, t, "Field.DisplayName");
        RuleFor(f => f.Roles).NotEmpty().WithMessage(t["Users.RoleRequired"]);
        RuleForEach(f => f.Roles).Must(r => Roles.All.Contains(r)).WithMessage(t["Users.RoleRequired"]);
        RuleFor(f => f.OrganisationId).NotNull().When(f => f.Roles.Contains(Roles.Referrer)).WithMessage(t["Users.ReferrerNeedsOrganisation"]);
    }
}

public sealed record UserEditPage(string? Id, UserForm Form, IReadOnlyList<(int Id, string Name)> Organisations, IReadOnlyList<(int Id, string Name)> Programmes);
