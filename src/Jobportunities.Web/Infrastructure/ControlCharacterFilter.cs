using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// A posted form field with control characters (NUL, escape, …) or invisible direction overrides
/// (U+202A–U+202E, U+2066–U+2069) is an error of that field, named by its label: the action sees an
/// invalid ModelState and re-shows the form with what was typed. Line breaks and tabs are fine.
/// </summary>
internal sealed class ControlCharacterFilter(IStringLocalizer<SharedResource> texts, ILogger<ControlCharacterFilter> logger) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var reExecuted = context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null;
        if (request.HasFormContentType && !request.Path.StartsWithSegments("/api") && !reExecuted)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (InvalidDataException ex)
            {
                // A value over the form limits (a body without a declared length): the client's error, not ours.
                var tooLarge = ex.Message.Contains("length limit", StringComparison.Ordinal);
                logger.LogWarning("Form refused on {Path}: {Reason}", request.Path.Value, ex.Message);
                context.Result = new StatusCodeResult(tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
                return;
            }

            foreach (var (key, values) in form)
            {
                if (key.StartsWith("__", StringComparison.Ordinal) || !values.Any(v => v is not null && HasControlCharacters(v)))
                {
                    continue;
                }

                context.ModelState.AddModelError(key, texts["Validation.ControlCharacters", Label(key)]);
            }
        }

        await next();
    }

    public static bool HasControlCharacters(string value)
    {
        foreach (var c in value)
        {
            if ((char.IsControl(c) && c is not '\r' and not '\n' and not '\t') || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Form.Contact.GivenName" or "Form.Skills[0]" → the text of Field.GivenName / Field.Skills when it exists.</summary>
    private string Label(string key)
    {
        var name = key[(key.LastIndexOf('.') + 1)..];
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            name = name[..bracket];
        }

        var label = texts["Field." + name];
        return label.ResourceNotFound ? texts["Validation.ThisField"] : label.Value;
    }
}
