using Jobportunities.Core.Organisations;
using Microsoft.AspNetCore.Identity;

namespace Jobportunities.Core.Identity;

/// <summary>A staff account. Candidates have no account.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The organisation a referrer (or partner staff) works for.</summary>
    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>A disabled account cannot sign in and its sessions end (security stamp renewed).</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>
    /// Set when an administrator chose the first password: the user must choose their own at first
    /// sign-in and reaches nothing else before (ASVS V6.4: initial passwords are temporary).
    /// </summary>
    public bool MustChangePassword { get; private set; }

    public void RequirePasswordChange() => MustChangePassword = true;

    public void PasswordChosenByUser() => MustChangePassword = false;
}
