using Jobportunities.Core.Audit;

namespace Jobportunities.Web.Infrastructure;

/// <summary>The audit log's "origin": client address and method + path of the request (no query string).</summary>
internal sealed class HttpAuditOrigin(IHttpContextAccessor accessor) : IAuditOrigin
{
    public string Describe()
    {
        var context = accessor.HttpContext;
        if (context is null)
        {
            return "system";
        }

        var origin = $"{context.Connection.RemoteIpAddress} {context.Request.Method} {context.Request.Path}";
        return origin.Length > 200 ? origin[..200] : origin;
    }
}
