using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Identity;
using Jobportunities.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Users;

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
