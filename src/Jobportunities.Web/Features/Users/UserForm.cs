using Jobportunities.Core.Users;

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
