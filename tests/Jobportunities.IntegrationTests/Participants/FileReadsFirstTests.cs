using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Trajectories;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Participants;

/// <summary>The participant file reads first: a summary on top, sections as read views, each section's form on an edit page of its own.</summary>
public class FileReadsFirstTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string OtherCoach = "coach2@jobportunities.test";
    private static readonly string[] Sections = ["profile", "phase", "scan", "ladder", "barriers"];

    private async Task<int> PlacedParticipantAsync(string name)
    {
        var id = await factory.ParticipantAsync(name, DemoAccounts.Coach, shareWithEmployers: true, familyName: "Overzicht");
        int employer;
        await using (var db = factory.Db())
        {
            var e = new Employer("Zorggroep " + name, "NL", Random.Shared.Next(10000000, 99999999).ToString(), Sector.Care, factory.Clock.GetUtcNow().UtcDateTime);
            db.Context.Employers.Add(e);
            var instrument = await db.Context.Instruments.OrderBy(i => i.Id).FirstAsync();
            db.Context.PlanInstruments.Add(new PlanInstrument(id, instrument.Id, 1, new PlanInstrumentInput(null, null, null, 500m)));
            await db.Context.SaveChangesAsync();
            employer = e.Id;
        }

        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var today = factory.Today();
        await coach.PostFormAsync("/", $"/participants/{id}/contacts",
            [new("Contact.Date", today.ToString("yyyy-MM-dd")), new("Contact.Kind", "Phone"), new("Contact.Summary", "Gesprek over werk"), new("Contact.NextAction", "Sollicitatiebrief nalopen"), new("Contact.NextActionDate", today.AddDays(3).ToString("yyyy-MM-dd"))]);
        var url = $"/participants/{id}/placements";
        var placed = await coach.PostFormAsync(url, url,
            [new("Form.EmployerId", employer.ToString()), new("Form.Kind", "Job"), new("Form.ContractType", "FixedTerm"), new("Form.HoursPerWeek", "32"), new("Form.Country", "NL"), new("Form.StartDate", today.AddDays(-10).ToString("yyyy-MM-dd"))]);
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        return id;
    }

    [Fact]
    public async Task Summary_ShowsPhaseNextActionPlanPlacementAndConsents_ToTheOwnCoach()
    {
        var id = await PlacedParticipantAsync("Samenvatting");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        var page = await coach.GetPageAsync($"/participants/{id}");

        var summary = page[page.IndexOf("id=\"summary\"", StringComparison.Ordinal)..page.IndexOf("</section>", page.IndexOf("id=\"summary\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Contains("Geplaatst", summary);
        Assert.Contains("Sollicitatiebrief nalopen", summary);
        Assert.Contains("id=\"summary-plan\"", summary);
        Assert.Contains("Gepland", summary);
        Assert.Contains("Zorggroep Samenvatting", summary);
        Assert.Contains("id=\"summary-durable\"", summary);
        Assert.Contains("Werkprofiel delen met werkgevers", summary);
        Assert.Contains("Geen open signalen", summary);
        foreach (var section in Sections)
        {
            Assert.Contains($"href=\"/participants/{id}/{section}/edit\"", page);
        }

        // The sections read: no form but the journal's new entry.
        Assert.DoesNotContain($"action=\"/participants/{id}/profile\"", page);
        Assert.DoesNotContain($"action=\"/participants/{id}/ladder\"", page);
        Assert.DoesNotContain($"action=\"/participants/{id}/barriers\"", page);
        Assert.Contains($"action=\"/participants/{id}/contacts\"", page);
    }

    [Fact]
    public async Task Summary_ForTheLead_ShowsPhaseCoachPlacementAndSignals_NotJournalConsentsOrEditActions()
    {
        var id = await PlacedParticipantAsync("Leidinggevende");
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);

        var page = await lead.GetPageAsync($"/participants/{id}");

        Assert.Contains("id=\"current-phase\"", page);
        Assert.Contains("id=\"summary-placement\"", page);
        Assert.Contains("Zorggroep Leidinggevende", page);
        Assert.Contains("id=\"summary-signals\"", page);
        Assert.DoesNotContain("id=\"summary-next-action\"", page);
        Assert.DoesNotContain("Sollicitatiebrief nalopen", page);
        Assert.DoesNotContain("id=\"summary-consents\"", page);
        Assert.DoesNotContain("id=\"summary-plan\"", page);
        Assert.DoesNotContain("/edit\"", page);
    }

    [Fact]
    public async Task Summary_ForTheAdviser_ShowsTheWorkProfileOnly()
    {
        var id = await PlacedParticipantAsync("Adviseur");
        var adviser = factory.Browser();
        await adviser.SignInAsync(DemoAccounts.Adviser);

        var page = await adviser.GetPageAsync($"/participants/{id}");

        Assert.Contains("id=\"work-profile\"", page);
        Assert.Contains("id=\"current-phase\"", page);
        foreach (var hidden in new[] { "summary-next-action", "summary-plan", "summary-placement", "summary-consents", "summary-signals", "Zorggroep Adviseur", "Sollicitatiebrief" })
        {
            Assert.DoesNotContain(hidden, page);
        }

        Assert.DoesNotContain("/edit\"", page);
    }

    [Fact]
    public async Task EditPages_OpenForTheOwnCoachAndTheStandIn_403ForLeadAndAdviser_404ForOtherCoaches()
    {
        var id = await factory.ParticipantAsync("Bewerken", OtherCoach, shareWithEmployers: true);
        var owner = factory.Browser();
        await owner.SignInAsync(OtherCoach);
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var adviser = factory.Browser();
        await adviser.SignInAsync(DemoAccounts.Adviser);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        foreach (var section in Sections)
        {
            var url = $"/participants/{id}/{section}/edit";
            var page = await owner.GetPageAsync(url);
            Assert.Contains($"id=\"edit-{section}\"", page);
            Assert.Contains($"href=\"/participants/{id}#{section}\"", page);
            Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await adviser.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync(url)).StatusCode);
        }

        Assert.Contains("id=\"rating-Health\"", await owner.GetPageAsync($"/participants/{id}/barriers/edit"));
        await using (var db = factory.Db())
        {
            var today = factory.Today();
            db.Context.StandIns.Add(new StandIn(await factory.UserIdAsync(OtherCoach), await factory.UserIdAsync(DemoAccounts.Coach), today.AddDays(-1), today.AddDays(7), await factory.UserIdAsync(DemoAccounts.Lead), factory.Clock.GetUtcNow().UtcDateTime));
            await db.Context.SaveChangesAsync();
        }

        // The stand-in edits every section, the health rating and limitations excepted (they are not even shown).
        foreach (var section in Sections)
        {
            Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/participants/{id}/{section}/edit")).StatusCode);
        }

        var barriers = await coach.GetPageAsync($"/participants/{id}/barriers/edit");
        Assert.DoesNotContain("rating-Health", barriers);
        Assert.DoesNotContain("Barrier.FunctionalLimitations", barriers);
        Assert.Contains("Sanne de Vries", await owner.GetPageAsync($"/participants/{id}"));
    }

    [Fact]
    public async Task ProfileEdit_Saved_ReturnsToTheFileAtTheProfile_WithTheChangeAndANotice()
    {
        var id = await factory.ParticipantAsync("Profielwijziging", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var edit = $"/participants/{id}/profile/edit";
        var fields = FormReader.Fields(await coach.GetPageAsync(edit)).Where(kv => kv.Key.StartsWith("Profile.", StringComparison.Ordinal)).ToDictionary();
        fields["Profile.City"] = "Winschoten";

        var response = await coach.PostFormAsync(edit, $"/participants/{id}/profile", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/participants/{id}#profile", response.Headers.Location!.ToString());
        var file = await coach.GetPageAsync($"/participants/{id}");
        Assert.Contains("Het profiel is opgeslagen.", file);
        Assert.Contains("Winschoten", file[file.IndexOf("id=\"profile-read\"", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task SectionForms_WithErrors_ReshowTheSectionEditPage_KeepingEverythingTyped()
    {
        var id = await factory.ParticipantAsync("Foutief", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var profile = FormReader.Fields(await coach.GetPageAsync($"/participants/{id}/profile/edit")).Where(kv => kv.Key.StartsWith("Profile.", StringComparison.Ordinal)).ToDictionary();
        profile["Profile.FamilyName"] = "";
        profile["Profile.City"] = "Stadskanaal";

        var cases = new (string Section, string Post, KeyValuePair<string, string>[] Fields, string Kept)[]
        {
            ("profile", "profile", profile.ToArray(), "value=\"Stadskanaal\""),
            ("ladder", "ladder", [new("Ladder.Date", "2026-01-10"), new("Ladder.Note", "Trede zonder nummer")], "value=\"Trede zonder nummer\""),
            ("barriers", "barriers", [new("Barrier.Moment", "Intake"), new("Barrier.Date", ""), new("Barrier.Ratings[Debts]", "2"), new("Barrier.FunctionalLimitations", "Niet tillen")], "Niet tillen"),
            ("scan", "work", [new("Work.AvailableHoursPerWeek", "500"), new("Work.WorkPreferences", "Liefst buiten werken")], "Liefst buiten werken"),
            ("scan", "scan/skill", [new("Scan.SkillName", ""), new("Scan.SkillLevel", "2")], "id=\"work-form\""),
            ("phase", "phase", [new("Phase.Note", "Zonder fase")], "value=\"Zonder fase\""),
        };
        foreach (var c in cases)
        {
            var response = await coach.PostFormAsync($"/participants/{id}/{c.Section}/edit", $"/participants/{id}/{c.Post}", c.Fields);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains($"id=\"edit-{c.Section}\"", page);
            Assert.DoesNotContain("id=\"summary\"", page);
            Assert.Contains(c.Kept, page);
            Assert.Contains("utrecht-form-field-error-message", page);
        }

        var rated = await coach.PostFormAsync($"/participants/{id}/barriers/edit", $"/participants/{id}/barriers", cases[2].Fields);
        Assert.Contains("<option value=\"2\" selected=\"selected\">", await rated.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FileView_WritesOneAuditRow_NamingTheSectionsRead_AndEditPagesAuditTheirReadsToo()
    {
        var id = await factory.ParticipantAsync("Auditregel", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        await coach.GetPageAsync($"/participants/{id}");
        await coach.GetPageAsync($"/participants/{id}/barriers/edit");

        await using var db = factory.Db();
        var reads = await db.Context.AuditEntries.Where(e => e.ObjectType == ParticipantFileService.ObjectType && e.ObjectId == id.ToString() && e.Action == AuditAction.Read)
            .OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync();
        Assert.Equal(2, reads.Count);
        Assert.Equal("profile,work-profile,journal,barriers,health,plan,placements", reads[0]);
        Assert.Equal("profile,work-profile,journal,barriers,health,edit:barriers", reads[1]);
    }
}
