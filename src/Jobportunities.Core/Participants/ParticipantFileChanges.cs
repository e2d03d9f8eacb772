using System.Reflection;
using Jobportunities.Core.Common;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Participants;

/// <summary>The changes a coach makes in a file; each names the fields it touches for the audit log.</summary>
public sealed partial class ParticipantFileService
{
    public Task<Result<Participant>> UpdateProfileAsync(StaffUser user, int id, Guid version, ParticipantProfile profile, CancellationToken ct = default) =>
        ChangeAsync(user, id, version, "profile", (p, _) =>
        {
            var changed = ChangedFields(p, profile);
            p.UpdateProfile(profile);
            return "profile:" + changed;
        }, ct);

    public Task<Result<Participant>> UpdateWorkPreferencesAsync(StaffUser user, int id, Guid version, WorkPreferenceInput input, CancellationToken ct = default) =>
        ChangeAsync(user, id, version, "work-preferences", (p, _) =>
        {
            p.UpdateWorkPreferences(input);
            return "work-preferences";
        }, ct);

    public Task<Result<Participant>> MovePhaseAsync(StaffUser user, int id, Phase to, ExitReason? exitReason, string? note, CancellationToken ct = default) =>
        ChangeAsync(user, id, null, "phase:" + to, (p, _) =>
        {
            var change = p.MoveTo(to, user.Id, Now, exitReason, note);
            if (change is not null)
            {
                db.PhaseChanges.Add(change);
                if (change.To == Phase.Exited)
                {
                    FollowUps.FollowUpService.OpenOnExit(db, p);
                }
            }

            return change is null ? null : $"phase:{change.From}->{change.To}";
        }, ct);

    public Task<Result<Participant>> AddContactAsync(StaffUser user, int id, DateOnly date, ContactKind kind, string summary, string? nextAction, DateOnly? nextActionDate, CancellationToken ct = default) =>
        ChangeAsync(user, id, null, "contact", (p, _) =>
        {
            var contact = new ContactMoment(p.Id, date, kind, summary, nextAction, nextActionDate, user.Id, Now);
            db.ContactMoments.Add(contact);
            p.RecordContact(contact);
            return "contact";
        }, ct);

    public Task<Result<Participant>> AddLadderStepAsync(StaffUser user, int id, int step, DateOnly date, string? note, CancellationToken ct = default) =>
        ChangeAsync(user, id, null, "ladder", (p, _) =>
        {
            var record = new LadderRecord(p.Id, step, date, note, user.Id);
            db.LadderRecords.Add(record);
            p.RecordLadderStep(record);
            return "ladder";
        }, ct);

    /// <summary>Barriers; the audit line says "barriers", never the ratings or limitations.</summary>
    public Task<Result<Participant>> AddBarrierAssessmentAsync(StaffUser user, int id, AssessmentMoment moment, DateOnly date, IReadOnlyDictionary<BarrierKind, int> ratings, string? functionalLimitations, CancellationToken ct = default) =>
        ChangeAsync(user, id, null, "barriers", (p, rights) =>
        {
            // Only the own coach records health; a stand-in's health rating and notes are not taken.
            var allowed = rights.SeesHealth ? ratings : ratings.Where(r => r.Key != BarrierKind.Health).ToDictionary();
            db.BarrierAssessments.Add(new BarrierAssessment(p.Id, moment, date, allowed, rights.SeesHealth ? functionalLimitations : null, user.Id));
            return "barriers";
        }, ct);

    public Task<Result<Participant>> AddExperienceAsync(StaffUser user, int id, Sector sector, int years, string? description, CancellationToken ct = default) =>
        ChangeAsync(user, id, null, "scan:experience", (p, _) =>
        {
            db.ScanExperiences.Add(new ScanExperience(p.Id, sector, years, description));
            return "scan:experience";
        }, ct);

    public Task<Result<Participant>> AddSkillAsync(StaffUser user, int id, string name, int level, CancellationToken ct = default) =>
        ChangeAsync(user, id, null, "scan:skill", (p, _) =>
        {
            db.ScanSkills.Add(new ScanSkill(p.Id, name, level));
            return "scan:skill";
        }, ct);

    public Task<Result<Participant>> AddLanguageAsync(StaffUser user, int id, string language, string level, CancellationToken ct = default) =>
        ChangeAsync(user, id, null, "scan:language", (p, _) =>
        {
            db.ScanLanguages.Add(new ScanLanguage(p.Id, language, level));
            return "scan:language";
        }, ct);

    public Task<Result<Participant>> AssignCoachAsync(StaffUser user, int id, string coachId, CancellationToken ct = default) =>
        ChangeAsync(user, id, null, "coach", (p, _) =>
        {
            var isCoachInProgramme = ProgrammeStaffQueries.ActiveCoachesIn(db, p.ProgrammeId).Any(u => u.Id == coachId);
            if (!isCoachInProgramme)
            {
                return null;
            }

            p.AssignCoach(coachId);
            return "coach";
        }, ct, needsAssign: true);

    /// <summary>Names of the profile fields whose value differs; never the values themselves.</summary>
    private static string ChangedFields(Participant current, ParticipantProfile profile)
    {
        var before = new ParticipantProfile(current.Person, current.Benefit, current.Education, current.HasStartQualification);
        return string.Join(',', typeof(PersonDetails).GetProperties().Concat(typeof(ParticipantProfile).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(prop => !Equals(Normalise(prop.GetValue(before)), Normalise(prop.GetValue(profile))))
            .Select(prop => prop.Name));
    }

    private static object? Normalise(object? value) => value is string s ? (string.IsNullOrWhiteSpace(s) ? null : s.Trim()) : value;
}
