using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Programmes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Web.Demo;

/// <summary>
/// Demo data so the app feels real on first start (Development only, docs/product.md section 2):
/// two programmes with their exact regions, partner organisations and one account per role, then the
/// applications and participants of <see cref="DemoParticipantSeeder"/>.
/// Idempotent: it does nothing when the demo programme exists, except add missing development API keys.
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, DemoParticipantSeeder participants, DemoTrajectorySeeder trajectories, DemoEmployerSeeder employers, DemoPlacementSeeder placements, ILogger<DemoDataSeeder> logger)
{
    public const string MainProgrammeCode = "new-jobportunities-2";
    public const string SecondProgrammeCode = "meedoen-werkt";

    public async Task SeedAsync()
    {
        if (!await db.Programmes.AnyAsync(p => p.Code == MainProgrammeCode))
        {
            var organisations = await SeedOrganisationsAsync();
            var (main, second) = await SeedProgrammesAsync(organisations);
            await SeedUsersAsync(organisations, main, second);
            logger.LogInformation("Demo data seeded");
        }

        await SeedApiKeysAsync();

        // Applications, referrals and participant files (Development only); it checks on its own, like the keys.
        await participants.SeedAsync();

        // Training providers and coaching plans for the participants that exist by now; it checks on its own too.
        await trajectories.SeedAsync();

        // Employers, vacancies, proposals and a past matching event, after the participants and plans; it checks on its own too.
        await employers.SeedAsync();
        await placements.SeedAsync();
    }

    /// <summary>On its own check, so a demo database from before the API gets its keys too; a revoked key stays revoked.</summary>
    private async Task SeedApiKeysAsync()
    {
        foreach (var (name, key) in DemoApiKeys.List)
        {
            var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Name == name);
            var hash = ApiKey.HashOf(key);
            if (organisation is not null && !await db.ApiKeys.AnyAsync(k => k.Hash == hash))
            {
                db.ApiKeys.Add(new ApiKey(organisation.Id, "Development", key, clock.GetUtcNow().UtcDateTime, null));
            }
        }

        await db.SaveChangesAsync();
    }

    private async Task<Dictionary<string, Organisation>> SeedOrganisationsAsync()
    {
        var list = new[]
        {
            new Organisation("CMO STAMM", OrganisationKind.KnowledgeCentre, "NL"),
            new Organisation("Gemeente Emmen", OrganisationKind.Municipality, "NL"),
            new Organisation("Gemeente Coevorden", OrganisationKind.Municipality, "NL"),
            new Organisation("Gemeente Borger-Odoorn", OrganisationKind.Municipality, "NL"),
            new Organisation("Gemeente Hoogeveen", OrganisationKind.Municipality, "NL"),
            new Organisation("UWV Emmen", OrganisationKind.Uwv, "NL"),
            new Organisation("Agentur für Arbeit Nordhorn", OrganisationKind.AgenturFuerArbeit, "DE"),
            new Organisation("Jobcenter Landkreis Emsland", OrganisationKind.Jobcenter, "DE"),
            new Organisation("Drenthe College", OrganisationKind.TrainingInstitute, "NL"),
            new Organisation("Ländliche Erwachsenenbildung Emsland", OrganisationKind.TrainingInstitute, "DE"),
            new Organisation("Gemeente Oude IJsselstreek", OrganisationKind.Municipality, "NL"),
            new Organisation("Laborijn", OrganisationKind.Other, "NL"),
        };
        db.Organisations.AddRange(list);
        await db.SaveChangesAsync();
        return list.ToDictionary(o => o.Name);
    }

    private async Task<(Programme Main, Programme Second)> SeedProgrammesAsync(Dictionary<string, Organisation> organisations)
    {
        var regions = RegionData.Current;
        var year = clock.GetUtcNow().Year;

        var main = new Programme(
            MainProgrammeCode,
            "New Jobportunities 2.0",
            new EligibilitySettings(18, 67, [BenefitSituation.None]),
            new ProgrammeTargets(participants: 100, placements: 100, durablePlacements: 60),
            DurableCheckRule.Default,
            maxTravelMinutes: 60,
            budget: 90_000m,
            startDate: new DateOnly(year - 1, 9, 1),
            endDate: new DateOnly(year + 1, 8, 31));
        main.Update(main.Name,
            "Begeleiding van de stille reserve in Zuidoost-Drenthe, Landkreis Emsland en Grafschaft Bentheim naar werk of opleiding, in Nederland of Duitsland.",
            main.Eligibility, main.Targets, main.DurableRule, main.MaxTravelMinutes, main.Budget, main.StartDate, main.EndDate);
        foreach (var name in new[] { "Emmen", "Coevorden", "Borger-Odoorn", "Hoogeveen", "Landkreis Emsland", "Landkreis Grafschaft Bentheim" })
        {
            var area = regions.Get(name);
            main.AddArea(area.Name, area.Country, area.Kind, area.Postcodes);
        }

        var second = new Programme(
            SecondProgrammeCode,
            "Meedoen Werkt",
            new EligibilitySettings(18, 67, [BenefitSituation.Bijstand]),
            new ProgrammeTargets(participants: 100, placements: 100, durablePlacements: 50),
            new DurableCheckRule(periodMonths: 6, minimumHoursPerWeek: 12, selfEmploymentCounts: false, workAndLearnCounts: true, maxBreakDays: 28),
            maxTravelMinutes: 45,
            budget: 250_000m,
            startDate: new DateOnly(year, 1, 1),
            endDate: new DateOnly(year + 1, 12, 31));
        var achterhoek = regions.Get("Oude IJsselstreek");
        second.AddArea(achterhoek.Name, achterhoek.Country, achterhoek.Kind, achterhoek.Postcodes);

        db.Programmes.AddRange(main, second);
        await db.SaveChangesAsync();

        foreach (var (name, role) in new[]
        {
            ("CMO STAMM", "Projectleiding"), ("Gemeente Emmen", "Gemeente"), ("Gemeente Coevorden", "Gemeente"),
            ("Gemeente Borger-Odoorn", "Gemeente"), ("Gemeente Hoogeveen", "Gemeente"), ("UWV Emmen", "Verwijzer (NL)"),
            ("Agentur für Arbeit Nordhorn", "Zuweisende Stelle (DE)"), ("Drenthe College", "Opleider (NL)"),
            ("Ländliche Erwachsenenbildung Emsland", "Bildungsträger (DE)"),
        })
        {
            main.AddPartner(organisations[name].Id, role);
        }

        second.AddPartner(organisations["Gemeente Oude IJsselstreek"].Id, "Opdrachtgever");
        second.AddPartner(organisations["Laborijn"].Id, "Uitvoering");
        await db.SaveChangesAsync();
        return (main, second);
    }

    private async Task SeedUsersAsync(Dictionary<string, Organisation> organisations, Programme main, Programme second)
    {
        await CreateUserAsync(DemoAccounts.Coach, "Sanne de Vries", Roles.Coach, null, main);
        await CreateUserAsync(DemoAccounts.Adviser, "Jeroen Bakker", Roles.EmployerAdviser, null, main);
        await CreateUserAsync(DemoAccounts.Lead, "Maud Diemer", Roles.ProgrammeLead, null, main, second);
        await CreateUserAsync(DemoAccounts.Referrer, "Petra Jansen", Roles.Referrer, organisations["UWV Emmen"].Id, main);
        await CreateUserAsync(DemoAccounts.Admin, "Ahmed El Amrani", Roles.Administrator, null);
        await CreateUserAsync("coach2@jobportunities.test", "Lukas Schröder", Roles.Coach, null, main);
        await CreateUserAsync("coach.achterhoek@jobportunities.test", "Ineke Wolters", Roles.Coach, null, second);
        await CreateUserAsync("verweiser@jobportunities.test", "Katrin Hoff", Roles.Referrer, organisations["Agentur für Arbeit Nordhorn"].Id, main);
    }

    private async Task CreateUserAsync(string email, string name, string role, int? organisationId, params Programme[] programmes)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            OrganisationId = organisationId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, DemoAccounts.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {email}: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        }

        await users.AddToRoleAsync(user, role);
        db.ProgrammeMembers.AddRange(programmes.Select(p => new ProgrammeMember(p.Id, user.Id)));
        await db.SaveChangesAsync();
    }
}
