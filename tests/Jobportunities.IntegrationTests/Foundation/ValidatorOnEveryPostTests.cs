using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.IntegrationTests.Foundation;

/// <summary>
/// Every form model a POST action binds has a FluentValidation validator in the Web assembly:
/// adding a POST whose form has no validator fails.
/// </summary>
public class ValidatorOnEveryPostTests
{
    [Fact]
    public void EveryPostedFormModel_HasAValidator()
    {
        var web = typeof(Web.Infrastructure.Policies).Assembly;
        var validated = web.GetTypes()
            .Where(t => !t.IsAbstract)
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();
        var posted = PostedFormModels(web).ToList();
        Assert.NotEmpty(posted);

        var missing = posted.Where(p => !validated.Contains(p.Model)).Select(m => $"{m.Action}: {m.Model.Name}").Distinct().ToList();
        Assert.True(missing.Count == 0, "POST actions whose form model has no validator: " + string.Join(", ", missing));
    }

    private static IEnumerable<(string Action, Type Model)> PostedFormModels(Assembly web)
    {
        var actions = web.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<HttpPostAttribute>().Any());
        foreach (var action in actions)
        {
            foreach (var parameter in action.GetParameters())
            {
                var type = parameter.ParameterType;
                if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
                {
                    // Bulk forms: one form per row, keyed by the row's id.
                    type = type.GetGenericArguments()[1];
                }

                if (IsFormModel(type))
                {
                    yield return ($"{action.DeclaringType!.Name}.{action.Name}", type);
                }
            }
        }
    }

    private static bool IsFormModel(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IFormFile).IsAssignableFrom(type) && !typeof(IFormFileCollection).IsAssignableFrom(type)
        && !type.IsArray && type.Assembly.GetName().Name!.StartsWith("Jobportunities", StringComparison.Ordinal);
}
