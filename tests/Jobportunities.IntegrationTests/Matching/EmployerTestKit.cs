using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Matching;

/// <summary>What a candidate's work profile holds, for arranging matches.</summary>
public sealed record Profile(
    Sector[]? Wishes = null,
    int? Hours = 32,
    string Postcode = "7811 AB",
    string Country = "NL",
    bool Car = true,
    int? MaxMinutes = null,
    string[]? Skills = null,
    (Sector Sector, int Years)[]? Experience = null,
    Phase Phase = Phase.Plan);

/// <summary>Employers, vacancies and candidates with a work profile, arranged in the database as the app would have them.</summary>
public static class EmployerTestKit
{
    private static int _registration = 30_000_000;

    /// <summary>A unique, valid KvK number that no demo employer uses.</summary>
    public static string NewKvk() => Interlocked.Increment(ref _registration).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<int> EmployerAsync(this AppFactory factory, string name, string? kvk = null, Sector sector = Sector.TransportLogistics)
    {
        await using var db = factory.Db();
        var employer = new Employer(name, "NL", kvk ?? NewKvk(), sector, factory.Clock.GetUtcNow().UtcDateTime);
        employer.Update(name, sector, "Industrieweg 1", "7811 AD", "Emmen", null);
        db.Context.Employers.Add(employer);
        await db.Context.SaveChangesAsync();
        return employer.Id;
    }

    public static async Task<int> VacancyAsync(
        this AppFactory factory, int employerId, string title, Sector sector = Sector.TransportLogistics, decimal hours = 32, string postcode = "7811 AB",
        string? requirements = "Heftruck rijden, Excel basis.", string programmeCode = "new-jobportunities-2", string country = "NL")
    {
        await using var db = factory.Db();
        var programmeId = await db.Context.Programmes.Where(p => p.Code == programmeCode).Select(p => p.Id).SingleAsync();
        var vacancy = new Vacancy(employerId, programmeId, title, sector, hours, postcode, country, 1, requirements, false, factory.Clock.GetUtcNow().UtcDateTime);
        db.Context.Vacancies.Add(vacancy);
        await db.Context.SaveChangesAsync();
        return vacancy.Id;
    }

    /// <summary>A participant of the coach with the given work profile, moved on to the profile's phase.</summary>
    public static async Task<int> CandidateAsync(this AppFactory factory, string givenName, string coachEmail, Profile profile, bool shareWithEmployers = true, string programmeCode = "new-jobportunities-2")
    {
        var id = await factory.ParticipantAsync(givenName, coachEmail, programmeCode, shareWithEmployers);
        await using var db = factory.Db();
        var p = await db.Context.Participants.SingleAsync(x => x.Id == id);
        p.UpdateProfile(new ParticipantProfile(p.Person with { Postcode = profile.Postcode, Country = profile.Country }, p.Benefit, p.Education, p.HasStartQualification));
        p.UpdateWorkPreferences(new WorkPreferenceInput(profile.Wishes ?? [], profile.Hours, profile.Car, profile.Car, profile.MaxMinutes, null));
        foreach (var phase in new[] { Phase.Plan, Phase.Trajectory, Phase.Placed }.TakeWhile(x => x <= profile.Phase))
        {
            db.Context.PhaseChanges.Add(p.MoveTo(phase, p.CoachId, factory.Clock.GetUtcNow().UtcDateTime)!);
        }

        foreach (var skill in profile.Skills ?? [])
        {
            db.Context.ScanSkills.Add(new ScanSkill(id, skill, 3));
        }

        foreach (var (sector, years) in profile.Experience ?? [])
        {
            db.Context.ScanExperiences.Add(new ScanExperience(id, sector, years, null));
        }

        await db.Context.SaveChangesAsync();
        return id;
    }

    /// <summary>Records a later consent line, e.g. the candidate withdrawing consent for employers.</summary>
    public static async Task SetEmployerConsentAsync(this AppFactory factory, int participantId, bool given)
    {
        await using var db = factory.Db();
        var applicationId = await db.Context.Participants.Where(p => p.Id == participantId).Select(p => p.ApplicationId).SingleAsync();
        db.Context.ConsentRecords.Add(new ConsentRecord(applicationId, ConsentPurpose.ShareWithEmployers, given, ConsentMethod.Verbal, factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(1), null));
        await db.Context.SaveChangesAsync();
    }
}
