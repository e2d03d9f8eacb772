namespace Jobportunities.Web.Features.Users;

public sealed record UserEditPage(string? Id, UserForm Form, IReadOnlyList<(int Id, string Name)> Organisations, IReadOnlyList<(int Id, string Name)> Programmes);
