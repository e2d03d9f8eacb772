using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Intake;

namespace Jobportunities.IntegrationTests.Programmes;

/// <summary>One area of a programme as an administrator types it.</summary>
internal sealed record AreaSpec(string Name, string Country, string Kind, string Postcodes);

/// <summary>A programme as an administrator fills in /programmes/new.</summary>
internal sealed record ProgrammeSpec(
    string Code,
    string Name,
    string[] Benefits,
    AreaSpec[] Areas,
    int MinimumAge = 18,
    int MaximumAge = 67,
    int? WwEndWithinMonths = null,
    int DurablePeriodMonths = 6,
    int TargetParticipants = 100,
    int TargetDurable = 50,
    int? TargetEmployers = null,
    int? TargetWorkplaces = null);

/// <summary>The create form and the public intake form, posted as a browser posts them.</summary>
internal static class ProgrammeForms
{
    public const string NewUrl = "/programmes/new";

    public static async Task<List<KeyValuePair<string, string>>> FieldsAsync(HttpClient admin, ProgrammeSpec spec)
    {
        var fields = FormReader.Fields(await admin.GetPageAsync(NewUrl))
            .Where(f => !f.Key.StartsWith("Form.Areas", StringComparison.Ordinal) && f.Key != "Form.Benefits")
            .ToDictionary(f => f.Key, f => f.Value);
        fields["Form.Code"] = spec.Code;
        fields["Form.Name"] = spec.Name;
        fields["Form.Description"] = "Aangemaakt in een test.";
        fields["Form.StartDate"] = "2026-01-01";
        fields["Form.EndDate"] = "2028-12-31";
        fields["Form.Budget"] = "90000";
        fields["Form.MaxTravelMinutes"] = "60";
        fields["Form.MinimumAge"] = spec.MinimumAge.ToString();
        fields["Form.MaximumAge"] = spec.MaximumAge.ToString();
        fields["Form.WwEndWithinMonths"] = spec.WwEndWithinMonths?.ToString() ?? "";
        fields["Form.TargetParticipants"] = spec.TargetParticipants.ToString();
        fields["Form.TargetPlacements"] = spec.TargetParticipants.ToString();
        fields["Form.TargetDurablePlacements"] = spec.TargetDurable.ToString();
        fields["Form.TargetEmployers"] = spec.TargetEmployers?.ToString() ?? "";
        fields["Form.TargetWorkplaces"] = spec.TargetWorkplaces?.ToString() ?? "";
        fields["Form.DurablePeriodMonths"] = spec.DurablePeriodMonths.ToString();
        var list = fields.ToList();
        list.AddRange(spec.Benefits.Select(b => new KeyValuePair<string, string>("Form.Benefits", b)));
        for (var i = 0; i < spec.Areas.Length; i++)
        {
            list.Add(new($"Form.Areas[{i}].Name", spec.Areas[i].Name));
            list.Add(new($"Form.Areas[{i}].Country", spec.Areas[i].Country));
            list.Add(new($"Form.Areas[{i}].Kind", spec.Areas[i].Kind));
            list.Add(new($"Form.Areas[{i}].Postcodes", spec.Areas[i].Postcodes));
        }

        return list;
    }

    /// <summary>The organisation of a (referrer) account, to make it a partner of a new programme.</summary>
    public static async Task<int> OrganisationOfAsync(AppFactory factory, string email)
    {
        await using var scope = factory.Db();
        return (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(scope.Context.Users, u => u.Email == email)).OrganisationId!.Value;
    }

    public static async Task<HttpResponseMessage> CreateAsync(HttpClient admin, ProgrammeSpec spec) =>
        await admin.PostFormAsync(NewUrl, await FieldsAsync(admin, spec));

    /// <summary>Submits the public form and returns the confirmation page's text.</summary>
    public static async Task<string> ApplyAsync(AppFactory factory, string code, string givenName, string postcode, string birthDate, string benefit, string country = "NL", string? wwEndDate = null)
    {
        var client = factory.Browser();
        var fields = PublicIntakeTests.ValidFields(await client.GetPageAsync($"/intake/{code}"), givenName, postcode, country, birthDate, benefit);
        if (wwEndDate is not null)
        {
            fields["Form.WwEndDate"] = wwEndDate;
        }

        var response = await client.PostFormAsync($"/intake/{code}", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }
}
