using Jobportunities.Web.Features.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace Jobportunities.Web.Infrastructure;

/// <summary>The referral API's JSON conventions and its OpenAPI document (/openapi/v1.json, API routes only).</summary>
internal static class ApiSetup
{
    public static IServiceCollection AddReferralApi(this IServiceCollection services)
    {
        services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = ApiProblems.Validation);
        services.AddOpenApi(o =>
        {
            // The MVC pages use attribute routes too; only the JSON API belongs in the document.
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Jobportunities referral API";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyAuthentication.Scheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyAuthentication.HeaderName,
                    Description = "The organisation's API key, issued by an administrator.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.Scheme, document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
