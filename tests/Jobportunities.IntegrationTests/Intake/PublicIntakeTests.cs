using System.Net;
using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Intake;

public class PublicIntakeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Url = "/intake/new-jobportunities-2";

    internal static Dictionary<string, string> ValidFields(string html, string givenName, string postcode = "7811 ab", string country = "NL", string birthDate = "1985-04-12", string benefit = "none")
    {
        var fields = FormReader.Fields(html);
        fields["Form.GivenName"] = givenName;
        fields["Form.FamilyName"] = "Bakker";
        fields["Form.BirthDate"] = birthDate;
        fields["Form.Gender"] = "Female";
        fields["Form.Email"] = $"{givenName.ToLowerInvariant()}@example.test";
        fields["Form.Phone"] = "06 12345678";
        fields["Form.Street"] = "Hoofdstraat";
        fields["Form.HouseNumber"] = "12";
        fields["Form.Postcode"] = postcode;
        fields["Form.City"] = "Emmen";
        fields["Form.Country"] = country;
        fields["Form.Benefit"] = benefit;
        fields["Form.Education"] = "UpperSecondary";
        fields["Form.StartQualification"] = "yes";
        fields["Form.SectorWishes"] = "Care";
        fields["Form.HoursPerWeekWish"] = "24";
        fields["Form.HeardVia"] = "SocialMedia";
        fields["Form.ConsentPrivacy"] = "true";
        fields["Form.ConsentEmployers"] = "true";
        fields["Form.Indicators.LabourMarketStatus"] = "Unemployed";
        fields["Form.Indicators.WithoutWorkSinceMonth"] = "3";
        fields["Form.Indicators.WithoutWorkSinceYear"] = "2024";
        fields["Form.Indicators.Disability"] = "RatherNotSay";
        return fields;
    }

    private async Task<(HttpClient Client, Dictionary<string, string> Fields)> OpenFormAsync(string givenName, string? culture = null, string postcode = "7811 ab", string country = "NL", string birthDate = "1985-04-12", string benefit = "none")
    {
        var client = factory.Browser(culture);
        var html = await client.GetPageAsync(Url);
        return (client, ValidFields(html, givenName, postcode, country, birthDate, benefit));
    }

    private async Task<Application> StoredAsync(string givenName)
    {
        await using var scope = factory.Db();
        return await scope.Context.Applications.SingleAsync(a => a.GivenName == givenName);
    }

    [Fact]
    public async Task Intake_WithoutProgramme_OpensTheCurrentProgrammesForm()
    {
        var response = await factory.Browser().GetAsync("/intake");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Url, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Form_IsDutchByDefault_WithAutocompleteAndLabels()
    {
        var page = await factory.Browser().GetPageAsync(Url);
        Assert.Contains("<html lang=\"nl\">", page);
        Assert.Contains("Aanmelden", page);
        Assert.Contains("autocomplete=\"given-name\"", page);
        Assert.Contains("autocomplete=\"postal-code\"", page);
        Assert.Contains("for=\"Form_BirthDate\"", page);
    }

    [Fact]
    public async Task UnknownProgramme_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync("/intake/no-such-programme")).StatusCode);
    }

    [Fact]
    public async Task Submit_StoresEligibleApplication_WhenPostcodeInRegion_AndShowsReference()
    {
        var (client, fields) = await OpenFormAsync("Anouk");

        var response = await client.PostFormAsync(Url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        var stored = await StoredAsync("Anouk");
        Assert.Contains(stored.Reference, confirmation);
        Assert.Contains("U kunt meedoen", confirmation);
        Assert.True(stored.IsEligible);
        Assert.Equal("7811 AB", stored.Postcode);
        Assert.Equal("Emmen", stored.AreaName);
        Assert.Equal("nl", stored.Language);
        Assert.Equal(ApplicationSource.PublicForm, stored.Source);
        Assert.Equal(ApplicationStatus.New, stored.Status);
        Assert.DoesNotContain(stored.Reference, response.Headers.Location!.OriginalString);

        // One confirmation mail to the address typed, in the form's language, with the reference.
        var mail = Assert.Single(factory.ConfirmationMails.To("anouk@example.test"));
        Assert.Equal(("Anouk", "New Jobportunities 2.0", "nl"), (mail.GivenName, mail.ProgrammeName, mail.Language));
        Assert.Equal((stored.Reference, true), (mail.Confirmation.Reference, mail.Confirmation.Eligible));

        await using var scope = factory.Db();
        var consents = await scope.Context.ConsentRecords.Where(c => c.ApplicationId == stored.Id).ToListAsync();
        Assert.True(ConsentLedger.IsGiven(consents, ConsentPurpose.PrivacyStatement));
        Assert.True(ConsentLedger.IsGiven(consents, ConsentPurpose.ShareWithEmployers));
        Assert.False(ConsentLedger.IsGiven(consents, ConsentPurpose.ShareWithTrainingProviders));
        Assert.All(consents, c => Assert.Equal(ConsentMethod.Form, c.Method));
    }

    [Theory]
    [InlineData("Bernd", " 49716 ", "DE", "Landkreis Emsland")]
    [InlineData("Clara", "7741ab", "NL", "Coevorden")]
    [InlineData("Dieter", "26871", "DE", "Landkreis Emsland")]
    public async Task Submit_NormalisesPostcode_OnBothSidesOfTheBorder(string name, string postcode, string country, string area)
    {
        var (client, fields) = await OpenFormAsync(name, postcode: postcode, country: country);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Url, fields)).StatusCode);
        var stored = await StoredAsync(name);
        Assert.True(stored.IsEligible);
        Assert.Equal(area, stored.AreaName);
    }

    [Fact]
    public async Task Submit_StoresIneligibleApplication_WithReasons_AndSaysWhereToGo()
    {
        var (client, fields) = await OpenFormAsync("Emil", postcode: "49074", country: "DE", benefit: "sgb2");

        var response = await client.PostFormAsync(Url, fields);
        var confirmation = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        var stored = await StoredAsync("Emil");
        Assert.False(stored.IsEligible);
        Assert.Equal(["region", "benefit"], stored.UnmetConditionCodes);
        Assert.Contains("U woont niet in de regio van dit programma.", confirmation);
        Assert.Contains("Uw uitkeringssituatie past niet bij dit programma.", confirmation);
        Assert.Contains("Agentur für Arbeit", confirmation);
        var mail = Assert.Single(factory.ConfirmationMails.To("emil@example.test"));
        Assert.Equal((stored.Reference, false), (mail.Confirmation.Reference, mail.Confirmation.Eligible));
        Assert.Equal(["region", "benefit"], mail.Confirmation.Unmet);
    }

    [Fact]
    public async Task Submit_InGerman_AnswersInGerman_AndRecordsTheLanguage()
    {
        var (client, fields) = await OpenFormAsync("Frieda", culture: "de-DE", postcode: "48527", country: "DE");
        var response = await client.PostFormAsync(Url, fields);
        var confirmation = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("Ihre Anmeldung ist eingegangen", confirmation);
        var stored = await StoredAsync("Frieda");
        Assert.Equal("de", stored.Language);
        var mail = Assert.Single(factory.ConfirmationMails.To("frieda@example.test"));
        Assert.Equal(("de", stored.Reference), (mail.Language, mail.Confirmation.Reference));
    }

    [Fact]
    public async Task Submit_ShowsErrors_AndKeepsEverythingTyped()
    {
        var (client, fields) = await OpenFormAsync("Gerrit");
        fields["Form.Postcode"] = "ABC";
        fields["Form.Email"] = "";
        fields["Form.Phone"] = "";
        fields["Form.ConsentPrivacy"] = "false";
        fields["Form.WorkExperience"] = "Twintig jaar in de thuiszorg";
        fields["Form.SectorWishes"] = "Care";

        var response = await client.PostFormAsync(Url, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Vul bij ‘Postcode’ een Nederlandse postcode in", WebUtility.HtmlDecode(page));
        Assert.Contains("Vul ‘E-mailadres’ of ‘Telefoonnummer’ in.", WebUtility.HtmlDecode(page));
        Assert.Contains("akkoord gaan met de privacyverklaring", page);
        Assert.Contains("value=\"Gerrit\"", page);
        Assert.Contains("value=\"ABC\"", page);
        Assert.Contains("Twintig jaar in de thuiszorg", page);
        Assert.Contains("value=\"Care\" checked", page);
        Assert.Contains("href=\"#Form_Postcode\"", page);
        await using var scope = factory.Db();
        Assert.False(await scope.Context.Applications.AnyAsync(a => a.GivenName == "Gerrit"));
        Assert.DoesNotContain(factory.ConfirmationMails.Sent, m => m.GivenName == "Gerrit");
    }

    [Fact]
    public async Task DoubleSubmit_CreatesOneApplication_AndShowsTheSameReference()
    {
        var (client, fields) = await OpenFormAsync("Hanna");

        var first = await client.PostFormAsync(Url, fields);
        var second = await client.PostFormAsync(Url, fields);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var stored = await StoredAsync("Hanna");
        Assert.Contains(stored.Reference, await client.GetPageAsync(second.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(stored.Reference, Assert.Single(factory.ConfirmationMails.To("hanna@example.test")).Confirmation.Reference);
    }

    [Fact]
    public async Task LikelyDuplicatePerson_IsFlagged_NotMerged()
    {
        var (first, firstFields) = await OpenFormAsync("Jolien", birthDate: "1979-02-03");
        await first.PostFormAsync(Url, firstFields);
        var (second, secondFields) = await OpenFormAsync("Jolien", birthDate: "1979-02-03");
        secondFields["Form.Email"] = "other.address@example.test";
        await second.PostFormAsync(Url, secondFields);

        await using var scope = factory.Db();
        var both = await scope.Context.Applications.Where(a => a.GivenName == "Jolien").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, both.Count);
        Assert.Null(both[0].PossibleDuplicateOfId);
        Assert.Equal(both[0].Id, both[1].PossibleDuplicateOfId);
    }

    [Fact]
    public async Task SameEmailAndBirthDate_IsFlagged_EvenWithAnotherName()
    {
        var (first, firstFields) = await OpenFormAsync("Karin", birthDate: "1990-07-07");
        await first.PostFormAsync(Url, firstFields);
        var (second, secondFields) = await OpenFormAsync("Karina", birthDate: "1990-07-07");
        secondFields["Form.Email"] = "karin@example.test";
        await second.PostFormAsync(Url, secondFields);

        Assert.NotNull((await StoredAsync("Karina")).PossibleDuplicateOfId);
    }

    [Fact]
    public async Task Honeypot_StoresNothing_ButAnswersCalmly()
    {
        var (client, fields) = await OpenFormAsync("Lotte");
        fields["Form.Website"] = "http://spam.example";

        var response = await client.PostFormAsync(Url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Db();
        Assert.False(await scope.Context.Applications.AnyAsync(a => a.GivenName == "Lotte"));
        Assert.Empty(factory.ConfirmationMails.To("lotte@example.test"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var (client, fields) = await OpenFormAsync("Mia");
        var response = await client.PostAsync(Url, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(factory.ConfirmationMails.To("mia@example.test"));
    }

    [Fact]
    public async Task Confirmation_WithoutSubmission_GoesBackToTheForm()
    {
        var response = await factory.Browser().GetAsync(Url + "/confirmation");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

public class PublicIntakeConcurrencyTests(DatabaseFileAppFactory factory) : IClassFixture<DatabaseFileAppFactory>
{
    private const string Url = "/intake/new-jobportunities-2";

    [Fact]
    public async Task ConcurrentDoubleSubmit_CreatesOneApplication()
    {
        var client = factory.Browser();
        var fields = PublicIntakeTests.ValidFields(await client.GetPageAsync(Url), "Isa");
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetPageAsync(Url));
        var content = () => new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));

        var responses = await Task.WhenAll(client.PostAsync(Url, content()), client.PostAsync(Url, content()), client.PostAsync(Url, content()));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        await using var scope = factory.Db();
        Assert.Equal(1, await scope.Context.Applications.CountAsync(a => a.GivenName == "Isa"));
    }
}

public class PublicIntakeRateLimitTests(PublicIntakeRateLimitTests.LowLimitFactory factory) : IClassFixture<PublicIntakeRateLimitTests.LowLimitFactory>
{
    [Fact]
    public async Task PublicForm_IsRateLimitedPerClient()
    {
        var client = factory.Browser();
        var html = await client.GetPageAsync("/intake/new-jobportunities-2");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            var fields = PublicIntakeTests.ValidFields(html, "Rate" + i);
            fields["Form.SubmissionKey"] = Guid.NewGuid().ToString();
            statuses.Add((await client.PostFormAsync("/intake/new-jobportunities-2", fields)).StatusCode);
        }

        // Limit 3 a minute: eight quick posts cross at most one window boundary, so at most six get through.
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.Redirect), 3, 6);
        Assert.Equal(HttpStatusCode.Redirect, statuses[0]);
    }

    public sealed class LowLimitFactory : AppFactory
    {
        protected override int RateLimitPerMinute => 3;
    }
}

public class PublicIntakeValidationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task MissingBirthDate_IsAnError_NotACrash()
    {
        var client = factory.Browser();
        var fields = PublicIntakeTests.ValidFields(await client.GetPageAsync("/intake/new-jobportunities-2"), "NoBirthDate");
        fields["Form.BirthDate"] = "";

        var response = await client.PostFormAsync("/intake/new-jobportunities-2", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul ‘Geboortedatum’ in.", await response.Content.ReadAsStringAsync());
    }
}
