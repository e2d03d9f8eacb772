using System.Collections;
using System.Globalization;
using Jobportunities.Core.Privacy;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Privacy;

/// <summary>
/// Turns the inzage tree into sections for the readable document by walking its records, so
/// the HTML holds exactly what the JSON holds. Labels are "Inzage.Field.{Name}", values of an
/// enum "{Type}.{Value}" (the texts the app already shows), dates in the document's culture.
/// </summary>
public static class InzageTables
{
    public static IReadOnlyList<InzageSection> Sections(InzageDocument document, IStringLocalizer t)
    {
        var sections = new List<InzageSection>();
        foreach (var property in typeof(InzageDocument).GetProperties())
        {
            var value = property.GetValue(document);
            if (value is IEnumerable list and not string)
            {
                var itemType = property.PropertyType.GetGenericArguments()[0];
                var columns = itemType.GetProperties();
                sections.Add(new InzageSection(property.Name, columns.Select(c => Label(t, c.Name)).ToList(),
                    list.Cast<object>().Select(item => (IReadOnlyList<string>)columns.Select(c => Format(c.GetValue(item), t)).ToList()).ToList(), false));
            }
            else if (value is not null && property.PropertyType.Namespace == typeof(InzageDocument).Namespace)
            {
                var fields = property.PropertyType.GetProperties();
                sections.Add(new InzageSection(property.Name, [], fields.Select(f => (IReadOnlyList<string>)[Label(t, f.Name), Format(f.GetValue(value), t)]).ToList(), true));
            }
        }

        return sections;
    }

    public static string Label(IStringLocalizer t, string name)
    {
        var text = t[$"Inzage.Field.{name}"];
        return text.ResourceNotFound ? name : text.Value;
    }

    public static string Format(object? value, IStringLocalizer t) => value switch
    {
        null => "—",
        "" => "—",
        bool b => t[b ? "Inzage.Yes" : "Inzage.No"],
        DateOnly d => d.ToString("d", CultureInfo.CurrentCulture),
        DateTime dt => dt.ToString("g", CultureInfo.CurrentCulture) + " UTC",
        decimal m => m.ToString("0.##", CultureInfo.CurrentCulture),
        Enum e => EnumText(e, t),
        _ => Convert.ToString(value, CultureInfo.CurrentCulture) ?? "",
    };

    private static string EnumText(Enum value, IStringLocalizer t)
    {
        var text = t[$"{value.GetType().Name}.{value}"];
        return text.ResourceNotFound ? value.ToString() : text.Value;
    }
}
