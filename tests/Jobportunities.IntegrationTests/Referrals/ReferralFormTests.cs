using System.Net;
using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using static Jobportunities.IntegrationTests.Referrals.ReferralTestKit;

namespace Jobportunities.IntegrationTests.Referrals;

public class ReferralFormTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<Dictionary<string, string>> FilledFormAsync(HttpClient client, string givenName)
    {
        var fields = FormReader.Fields(await client.GetPageAsync("/referrals/new"));
        fields["Form.GivenName"] = givenName;
        fields["Form.FamilyName"] = "Bakker";
        fields["Form.BirthDate"] = "1985-03-15";
        fields["Form.Email"] = $"{givenName.ToLowerInvariant()}@example.nl";
        fields["Form.Postcode"] = "7811 AB";
        fields["Form.Country"] = "NL";
        fields["Form.Benefit"] = "none";
        fields["Form.ReferralReason"] = "Wil weer aan het werk in de zorg.";
        return fields;
    }

    [Fact]
    public async Task Referral_IsStored_WithConsent_AndShownWithItsReference()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        var fields = await FilledFormAsync(client, "Femke");
        Assert.Equal("new-jobportunities-2", fields["Form.ProgrammeCode"]); // the referrer's only programme is chosen
        fields["Form.ExternalReference"] = "UWV-" + Unique();
        fields["Form.ConsentShareWithReferrer"] = "true";
        fields["Form.ConsentMethod"] = "Signature";

        var response = await client.PostFormAsync("/referrals/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/referrals", response.Headers.Location!.ToString());
        await using var scope = factory.Db();
        var stored = await scope.Context.Applications.SingleAsync(a => a.GivenName == "Femke");
        var uwv = await scope.Context.Organisations.SingleAsync(o => o.Name == "UWV Emmen");
        Assert.Equal((ApplicationSource.ReferralForm, uwv.Id, fields["Form.ExternalReference"], true), (stored.Source, stored.OrganisationId, stored.ExternalReference, stored.IsEligible));
        Assert.Equal("Wil weer aan het werk in de zorg.", stored.ReferralReason);
        var consent = await scope.Context.ConsentRecords.SingleAsync(c => c.ApplicationId == stored.Id && c.Purpose == ConsentPurpose.ShareWithReferrer);
        Assert.True(consent.Given);
        Assert.Equal(ConsentMethod.Signature, consent.Method);

        var list = Text(await client.GetPageAsync("/referrals"));
        Assert.Contains($"Verwijzing {stored.Reference} is ontvangen. De kandidaat voldoet aan de voorwaarden van het programma.", list);
        var row = TableRows(list).Single(r => r.Contains("Femke Bakker"));
        Assert.Equal([stored.Reference, fields["Form.ExternalReference"], "Femke Bakker", "New Jobportunities 2.0"], row[..4]);
        Assert.Equal(["Formulier", "Ontvangen", "Voldoet"], row[5..]);
    }

    [Fact]
    public async Task IneligibleReferral_IsStored_WithItsUnmetConditions_Named()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        var fields = await FilledFormAsync(client, "Otto");
        fields["Form.Postcode"] = "49074"; // Osnabrück: outside the region
        fields["Form.Country"] = "DE";
        fields["Form.Benefit"] = "sgb2";

        var response = await client.PostFormAsync("/referrals/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Db();
        var stored = await scope.Context.Applications.SingleAsync(a => a.GivenName == "Otto");
        Assert.False(stored.IsEligible);
        Assert.Equal(["region", "benefit"], stored.UnmetConditionCodes);
        var list = Text(await client.GetPageAsync("/referrals"));
        Assert.Contains("de kandidaat voldoet niet aan de voorwaarden (woont buiten de regio, uitkeringssituatie past niet bij het programma)", list);
        Assert.Equal("Voldoet niet: woont buiten de regio, uitkeringssituatie past niet bij het programma", TableRows(list).Single(r => r.Contains("Otto Bakker"))[7]);
    }

    [Fact]
    public async Task SecondPostOfTheSameForm_CreatesNoSecondReferral()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        var fields = await FilledFormAsync(client, "Dubbelklik"); // no external reference: the form's one-time key decides

        var first = await client.PostFormAsync("/referrals/new", fields);
        var firstNotice = Text(await client.GetPageAsync("/referrals"));
        var second = await client.PostFormAsync("/referrals/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        await using var scope = factory.Db();
        var stored = await scope.Context.Applications.SingleAsync(a => a.GivenName == "Dubbelklik");
        Assert.Contains($"Verwijzing {stored.Reference} is ontvangen.", firstNotice);
        Assert.Contains($"Deze verwijzing was al ontvangen onder nummer {stored.Reference}; er is geen tweede aangemaakt.", Text(await client.GetPageAsync("/referrals")));

        // A new form (new key) for the same person is a new referral, flagged as a likely duplicate.
        var again = await FilledFormAsync(client, "Dubbelklik");
        Assert.NotEqual(fields["Form.SubmissionKey"], again["Form.SubmissionKey"]);
        await client.PostFormAsync("/referrals/new", again);
        await using var check = factory.Db();
        var both = await check.Context.Applications.Where(a => a.GivenName == "Dubbelklik").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, both.Count);
        Assert.Equal(both[0].Id, both[1].PossibleDuplicateOfId);
    }

    [Fact]
    public async Task ValidationErrors_ReShowTheForm_WithEverythingTyped()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        var fields = await FilledFormAsync(client, "Bewaard");
        fields["Form.FamilyName"] = "";
        fields["Form.Email"] = "";
        fields["Form.Postcode"] = "778";
        fields["Form.ExternalReference"] = "UWV-kept";
        fields["Form.ConsentShareWithReferrer"] = "true";

        var response = await client.PostFormAsync("/referrals/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Vul ‘Achternaam’ in.", page);
        Assert.Contains("Vul ‘E-mailadres’ of ‘Telefoonnummer’ in.", page);
        Assert.Contains("Vul bij ‘Postcode’ een Nederlandse postcode in", page);
        Assert.Contains("Kies hoe de kandidaat toestemming heeft gegeven.", page);
        var kept = FormReader.Fields(await response.Content.ReadAsStringAsync());
        foreach (var key in new[] { "Form.GivenName", "Form.BirthDate", "Form.Postcode", "Form.Country", "Form.Benefit", "Form.ReferralReason", "Form.ExternalReference", "Form.SubmissionKey", "Form.ProgrammeCode" })
        {
            Assert.Equal(fields[key], kept[key]);
        }

        Assert.Equal("true", kept["Form.ConsentShareWithReferrer"]);
        await using var scope = factory.Db();
        Assert.False(await scope.Context.Applications.AnyAsync(a => a.GivenName == "Bewaard"));
    }

    [Fact]
    public async Task ValidationMessages_AreInTheUsersLanguage()
    {
        var client = factory.Browser("de");
        await client.SignInAsync(Verweiser);
        var fields = FormReader.Fields(await client.GetPageAsync("/referrals/new"));

        var page = Text(await (await client.PostFormAsync("/referrals/new", fields)).Content.ReadAsStringAsync());

        Assert.Contains("Geben Sie „E-Mail-Adresse“ oder „Telefonnummer“ an.", page);
        Assert.Contains("Wählen Sie den Leistungsbezug der Person aus.", page);
        Assert.Contains("Bitte „Grund der Zuweisung“ angeben.", page);
        Assert.Contains("Bitte „Geburtsdatum“ angeben.", page);
    }

    [Fact]
    public async Task Referrer_FollowsProgress_AsFarAsConsentAllows()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Referrer);
        foreach (var (name, consent) in new[] { ("Afgewezen", false), ("Zonderdelen", false), ("Metdelen", true) })
        {
            var fields = await FilledFormAsync(client, name);
            fields["Form.ConsentShareWithReferrer"] = consent ? "true" : "false";
            fields["Form.ConsentMethod"] = "Verbal";
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/referrals/new", fields)).StatusCode);
        }

        await using (var scope = factory.Db())
        {
            var coach = await scope.Context.Users.SingleAsync(u => u.Email == DemoAccounts.Coach);
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var referrals = await scope.Context.Applications.Where(a => a.FamilyName == "Bakker").ToListAsync();
            referrals.Single(a => a.GivenName == "Afgewezen").Decline(coach.Id, "Woont inmiddels in Groningen", now);
            referrals.Single(a => a.GivenName == "Zonderdelen").Accept(coach.Id, null, now);
            referrals.Single(a => a.GivenName == "Metdelen").Accept(coach.Id, null, now);
            await scope.Context.SaveChangesAsync();
        }

        var rows = TableRows(await client.GetPageAsync("/referrals"));
        Assert.Equal("Afgewezen: Woont inmiddels in Groningen", rows.Single(r => r.Contains("Afgewezen Bakker"))[6]);
        Assert.Equal("Aangenomen (verdere voortgang niet gedeeld)", rows.Single(r => r.Contains("Zonderdelen Bakker"))[6]);
        Assert.Equal("Intake", rows.Single(r => r.Contains("Metdelen Bakker"))[6]);
    }
}
