using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.IntegrationTests.Foundation;

/// <summary>
/// Every form model a POST action binds has a FluentValidation validator in the Web assembly.
/// The form models below still lack one; the list may only shrink: adding a POST whose form has
/// no validator fails, and so does giving a listed form a validator without taking it off the list.
/// </summary>
public class ValidatorOnEveryPostTests
{
    private static readonly HashSet<string> KnownWithoutValidator =
    [
        "AcceptForm", "CoachForm", "EndForm", "RecordForm",
        "ReferralUploadForm", "ScanItemForm", "SeatsForm", "StandInForm",
    ];

    [Fact]
    public void EveryPostedFormModel_HasAValidator_ExceptTheListedOnes()
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

        var missing = posted.Where(p => !validated.Contains(p.Model)).ToList();
        var unlisted = missing.Where(m => !KnownWithoutValidator.Contains(m.Model.Name)).Select(m => $"{m.Action}: {m.Model.Name}").Distinct().ToList();
        Assert.True(unlisted.Count == 0, "POST actions whose form model has no validator: " + string.Join(", ", unlisted));

        var stale = KnownWithoutValidator.Except(missing.Select(m => m.Model.Name)).ToList();
        Assert.True(stale.Count == 0, "Listed as without validator but validated (or no longer posted); take them off the list: " + string.Join(", ", stale));
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
