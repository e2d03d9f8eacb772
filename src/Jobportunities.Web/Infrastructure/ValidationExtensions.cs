using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Jobportunities.Web.Infrastructure;

/// <summary>FluentValidation is called explicitly (its maintainers advise against auto-validation).</summary>
public static class ValidationExtensions
{
    public static void AddTo(this ValidationResult result, ModelStateDictionary modelState, string prefix = "")
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }
}
