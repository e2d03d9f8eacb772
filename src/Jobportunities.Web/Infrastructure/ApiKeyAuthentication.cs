using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Jobportunities.Core.Organisations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// The referral API's authentication: header X-Api-Key, checked against the hashes of active
/// keys on every request (a revoked key is refused at once). The cookie stays the default
/// scheme; the API controller asks for this one by name.
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    public static AuthenticationBuilder AddApiKeyAuthentication(this IServiceCollection services) =>
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Scheme, null);
}

internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    OrganisationService organisations,
    IStringLocalizer<SharedResource> texts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[ApiKeyAuthentication.HeaderName].ToString();
        if (string.IsNullOrWhiteSpace(key))
        {
            return AuthenticateResult.NoResult();
        }

        var owner = await organisations.FindActiveKeyOwnerAsync(key.Trim(), Context.RequestAborted);
        if (owner is null)
        {
            // Never log the key itself.
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "api-key:" + owner.KeyId.ToString(CultureInfo.InvariantCulture)),
                new Claim(CurrentUser.OrganisationClaim, owner.OrganisationId.ToString(CultureInfo.InvariantCulture)),
            ],
            ApiKeyAuthentication.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyAuthentication.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{ApiKeyAuthentication.Scheme} header=\"{ApiKeyAuthentication.HeaderName}\"";
        return WriteProblemAsync(StatusCodes.Status401Unauthorized, texts["Api.Unauthorized"]);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, texts["Error.403.Title"]);

    private Task WriteProblemAsync(int status, string title)
    {
        Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Type = $"https://tools.ietf.org/html/rfc9110#section-15.5.{(status == 401 ? 2 : 4)}" };
        return Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", Context.RequestAborted);
    }
}
