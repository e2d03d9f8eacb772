namespace Jobportunities.Core.Employers;

public sealed class EmployerContact
{
    private EmployerContact()
    {
    }

    internal EmployerContact(string name, string? role, string? email, string? phone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim();
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
    }

    public int Id { get; private set; }

    public int EmployerId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Role { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }
}
