using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Web.Demo;

/// <summary>
/// Demo employers on both sides of the border, their contact persons and vacancies (some of them
/// created workplaces), a few proposals and one past "Meedoenplein" with invitations, attendance and
/// conversations (Development only). The companies and their KvK and Handelsregister numbers are
/// invented; the towns, postcodes and the register court (Amtsgericht Osnabrück keeps the register
/// for Emsland and Grafschaft Bentheim) are real. Runs after the demo participants and plans; each
/// part checks on its own, so it is idempotent and a database from before gets what it lacks.
/// </summary>
public sealed class DemoEmployerSeeder(AppDbContext db, TimeProvider clock, IHostEnvironment environment, IConfiguration configuration, ILogger<DemoEmployerSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (!configuration.GetValue("Database:SeedDemoEmployers", environment.IsDevelopment()))
        {
            return;
        }

        var programmes = await db.Programmes.Where(p => p.Code == DemoDataSeeder.MainProgrammeCode || p.Code == DemoDataSeeder.SecondProgrammeCode)
            .ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        if (programmes.Count < 2)
        {
            return;
        }

        if (!await db.Employers.AnyAsync(ct))
        {
            await SeedEmployersAsync(programmes, ct);
        }

        if (!await db.MatchingEvents.AnyAsync(ct) && await db.Participants.AnyAsync(ct))
        {
            await SeedProposalsAndEventAsync(programmes[DemoDataSeeder.MainProgrammeCode], ct);
        }
    }

    private async Task SeedEmployersAsync(IReadOnlyDictionary<string, int> programmes, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var e in DemoEmployers.All)
        {
            var employer = new Employer(e.Name, e.Country, e.Registration, e.Sector, now);
            employer.Update(e.Name, e.Sector, e.Street, e.Postcode, e.City, e.Notes);
            foreach (var (name, role, email, phone) in e.Contacts)
            {
                employer.AddContact(name, role, email, phone);
            }

            db.Employers.Add(employer);
            await db.SaveChangesAsync(ct);
            foreach (var v in e.Vacancies)
            {
                var vacancy = new Vacancy(employer.Id, programmes[v.Programme], v.Title, v.Sector ?? e.Sector, v.Hours, v.Postcode ?? e.Postcode, e.Country,
                    v.Openings, v.Requirements, v.CreatedWorkplace, now);
                if (v.Status != VacancyStatus.Open)
                {
                    vacancy.SetStatus(v.Status);
                }

                db.Vacancies.Add(vacancy);
            }
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo employers seeded: {Employers} employers", DemoEmployers.All.Count);
    }

    private async Task SeedProposalsAndEventAsync(int programmeId, CancellationToken ct)
    {
        var adviser = await db.Users.Where(u => u.Email == DemoAccounts.Adviser).Select(u => u.Id).FirstOrDefaultAsync(ct);
        var coach = await db.Users.Where(u => u.Email == DemoAccounts.Coach).Select(u => u.Id).FirstOrDefaultAsync(ct);
        if (adviser is null || coach is null)
        {
            return;
        }

        var candidates = await db.Participants.AsNoTracking()
            .Where(p => p.ProgrammeId == programmeId && (p.Phase == Phase.Plan || p.Phase == Phase.Trajectory || p.Phase == Phase.Placed))
            .OrderBy(p => p.Id).ToListAsync(ct);
        var consented = (await db.ConsentRecords.AsNoTracking().Where(c => c.Purpose == ConsentPurpose.ShareWithEmployers).ToListAsync(ct))
            .GroupBy(c => c.ApplicationId).Where(g => ConsentLedger.IsGiven(g, ConsentPurpose.ShareWithEmployers)).Select(g => g.Key).ToHashSet();
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => v.ProgrammeId == programmeId && v.Status == VacancyStatus.Open).OrderBy(v => v.Id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;

        // The coach has put forward a few of her candidates who consented, for a vacancy in a sector they wish.
        var proposed = 0;
        foreach (var p in candidates.Where(p => p.CoachId == coach && p.Phase != Phase.Placed && consented.Contains(p.ApplicationId)))
        {
            var vacancy = vacancies.FirstOrDefault(v => p.PreferredSectorList.Contains(v.Sector));
            if (vacancy is not null && proposed < 3)
            {
                db.VacancyProposals.Add(new VacancyProposal(vacancy.Id, p.Id, coach, now.AddDays(-3 - proposed), "Gemotiveerd; sluit goed aan bij de wens uit de scan."));
                proposed++;
            }
        }

        var today = clock.Today();
        var meedoenplein = new MatchingEvent(programmeId, "Meedoenplein Emmen", today.AddDays(-21), "Raadhuisplein 1, Emmen",
            "Werkgevers uit Zuidoost-Drenthe en het Emsland ontmoeten kandidaten: korte gesprekken aan tafels, daarna afspraken voor een kennismaking.", adviser, now.AddDays(-45));
        var invited = candidates.Where(p => consented.Contains(p.ApplicationId)).Take(6).ToList();
        var employers = await db.Employers.AsNoTracking().OrderBy(e => e.Id).Take(5).Select(e => e.Id).ToListAsync(ct);
        foreach (var p in invited)
        {
            meedoenplein.InviteCandidate(p.Id, coach, now.AddDays(-30));
            meedoenplein.RecordCandidateAttendance(p.Id, p == invited[^1] ? Attendance.DidNotCome : Attendance.Came, today);
        }

        foreach (var id in employers)
        {
            meedoenplein.InviteEmployer(id, adviser, now.AddDays(-35));
            meedoenplein.RecordEmployerAttendance(id, id == employers[^1] ? Attendance.DidNotCome : Attendance.Came, today);
        }

        var outcomes = new[] { "Kennismakingsgesprek gepland; proefplaatsing van twee weken besproken.", "Goed gesprek; werkgever neemt contact op voor een meeloopdag.", "Past nu niet: de werkgever zoekt iemand met rijbewijs." };
        for (var i = 0; i < Math.Min(3, Math.Min(invited.Count - 1, employers.Count)); i++)
        {
            meedoenplein.RecordConversation(invited[i].Id, employers[i], outcomes[i], adviser, now.AddDays(-20), today);
        }

        db.MatchingEvents.Add(meedoenplein);
        await db.SaveChangesAsync(ct);

        // A placement of someone who came, at an employer who came, is counted as coming from the event.
        var came = invited.Take(Math.Max(0, invited.Count - 1)).Select(p => p.Id).ToList();
        var placement = await db.Placements.Where(p => came.Contains(p.ParticipantId) && employers.Contains(p.EmployerId) && p.MatchingEventId == null).FirstOrDefaultAsync(ct);
        placement?.LinkMatchingEvent(meedoenplein.Id);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo matching event seeded with {Candidates} candidates and {Proposals} proposals", invited.Count, proposed);
    }
}
