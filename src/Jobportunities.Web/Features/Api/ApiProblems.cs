using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Api;

/// <summary>
/// The API's 400 answer, also for JSON the binder could not read: a ValidationProblemDetails
/// (application/problem+json) with the errors keyed by the JSON field names ("birthDate"), in the
/// request's language. The JSON reader's own messages are replaced: they are English and may
/// quote the input.
/// </summary>
public static class ApiProblems
{
    public const string BodyKey = "$";

    public static IActionResult Validation(ActionContext context)
    {
        var texts = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, entry) in context.ModelState)
        {
            foreach (var error in entry.Errors)
            {
                var (field, fromReader) = FieldOf(key);
                if (fromReader && field != BodyKey && !IsConversionError(error))
                {
                    // Broken JSON (syntax) is the body's error, wherever the reader stopped.
                    field = BodyKey;
                }

                var message = field == BodyKey ? texts["Api.Validation.Json"].Value
                    : fromReader || string.IsNullOrEmpty(error.ErrorMessage) ? texts["Validation.InvalidValue"].Value
                    : error.ErrorMessage;
                var messages = errors.TryGetValue(field, out var list) ? list : errors[field] = [];
                if (!messages.Contains(message))
                {
                    messages.Add(message);
                }
            }
        }

        if (errors.Count > 1)
        {
            // A field the reader could not convert also leaves the body "required": the field says more.
            errors.Remove(BodyKey);
        }

        var problem = new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = texts["Api.ValidationTitle"],
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        };
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>The reader read the JSON but could not turn a value into the field's type (a field error).</summary>
    private static bool IsConversionError(Microsoft.AspNetCore.Mvc.ModelBinding.ModelError error) =>
        (error.Exception?.Message ?? error.ErrorMessage).Contains("could not be converted", StringComparison.Ordinal);

    /// <summary>"$.birthDate" (JSON reader), "BirthDate" (validator) → "birthDate"; "$", "" or the body parameter → "$".</summary>
    internal static (string Field, bool FromReader) FieldOf(string key)
    {
        if (key.StartsWith("$.", StringComparison.Ordinal))
        {
            return (JsonNamingPolicy.CamelCase.ConvertName(key[2..]), true);
        }

        return key is "" or BodyKey or "request" ? (BodyKey, true) : (JsonNamingPolicy.CamelCase.ConvertName(key), false);
    }
}
