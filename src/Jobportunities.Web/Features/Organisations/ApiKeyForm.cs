namespace Jobportunities.Web.Features.Organisations;

public sealed class ApiKeyForm
{
    public string? Name { get; set; }
}
