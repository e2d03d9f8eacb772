using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Web.Demo;

/// <summary>
/// Demo applications, referrals and participant files (Development only; docs/product.md section 2: "a few
/// dozen participants in every phase"). The people and their stories are in DemoParticipantData.cs.
/// Each story is played through the real services (intake, queue, participant file) on a clock set to
/// the day it happened, over the last nine months, in date order: references, eligibility, duplicate
/// flags, consents, phase history and audit lines are what the app itself would have made.
/// Idempotent: it does nothing when any participant exists. Runs after the demo users exist.
/// </summary>
public sealed partial class DemoParticipantSeeder(
    AppDbContext db,
    TimeProvider clock,
    IHostEnvironment environment,
    IConfiguration configuration,
    ILogger<DemoParticipantSeeder> logger)
{
    /// <summary>How far back the stories go (about nine months).</summary>
    private const int StorySpanDays = 275;

    public const string Coach2 = "coach2@jobportunities.test";
    public const string CoachAchterhoek = "coach.achterhoek@jobportunities.test";
    public const string Verweiser = "verweiser@jobportunities.test";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        // Tests arrange their own participants; Database:SeedDemoParticipants=true turns this on elsewhere.
        if (!configuration.GetValue("Database:SeedDemoParticipants", environment.IsDevelopment()) || await db.Participants.AnyAsync(ct))
        {
            return;
        }

        var emails = new[] { DemoAccounts.Coach, Coach2, CoachAchterhoek, DemoAccounts.Lead, DemoAccounts.Referrer, Verweiser };
        var users = await db.Users.Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        var organisations = await db.Organisations.Where(o => o.Name == "UWV Emmen" || o.Name == "Agentur für Arbeit Nordhorn").ToDictionaryAsync(o => o.Name, o => o.Id, ct);
        if (users.Count < emails.Length || organisations.Count < 2)
        {
            logger.LogWarning("Demo participants skipped: the demo accounts or organisations are missing");
            return;
        }

        var story = new StoryClock();
        var intake = new IntakeService(db, story);
        var world = new World(
            db,
            story,
            clock.Today(),
            intake,
            new IntakeQueueService(db, story, new AuditLog(db, story, new DemoOrigin())),
            new ParticipantFileService(db, new ParticipantAccess(db, story), new AuditLog(db, story, new DemoOrigin()), story),
            users,
            organisations,
            new Dictionary<string, Programme>
            {
                [DemoDataSeeder.MainProgrammeCode] = (await intake.FindProgrammeAsync(DemoDataSeeder.MainProgrammeCode, ct))!,
                [DemoDataSeeder.SecondProgrammeCode] = (await intake.FindProgrammeAsync(DemoDataSeeder.SecondProgrammeCode, ct))!,
            });

        var events = Cases.SelectMany((c, i) => new CaseStory(world, c, i).Events()).ToList();

        // One transaction: fast on SQLite, and a failure leaves no half story (the next start tries again).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (day, minute) = (int.MaxValue, 0);
        foreach (var e in events.OrderByDescending(e => e.DaysAgo).ThenBy(e => e.Case).ThenBy(e => e.Seq))
        {
            // From 08:00 UTC on the event's day, a minute or two apart, so the order of a day is kept.
            (day, minute) = e.DaysAgo == day ? (day, minute + 2) : (e.DaysAgo, 0);
            story.Now = new DateTimeOffset(world.Today.AddDays(-day).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).AddMinutes(Math.Min(minute, 600));
            await e.Run(ct);

            // A small change tracker keeps each save quick; the stories keep what the services return.
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(ct);
        logger.LogInformation("Demo participants seeded: {Cases} applications and referrals", Cases.Count);
    }

    /// <summary>The shared services and look-ups of one seeding run.</summary>
    private sealed record World(
        AppDbContext Db,
        StoryClock Clock,
        DateOnly Today,
        IntakeService Intake,
        IntakeQueueService Queue,
        ParticipantFileService Files,
        IReadOnlyDictionary<string, string> Users,
        IReadOnlyDictionary<string, int> Organisations,
        IReadOnlyDictionary<string, Programme> Programmes)
    {
        public StaffUser Coach(string email) => new(Users[email], new HashSet<string> { Roles.Coach });

        public StaffUser Lead => new(Users[DemoAccounts.Lead], new HashSet<string> { Roles.ProgrammeLead });
    }

    private sealed record StoryEvent(int DaysAgo, int Case, int Seq, Func<CancellationToken, Task> Run);

    /// <summary>Turns one <see cref="DemoCase"/> into dated events: submission, decision and the file's history.</summary>
    private sealed class CaseStory(World world, DemoCase c, int index)
    {
        private readonly List<StoryEvent> _events = [];
        private readonly Programme _programme = world.Programmes[c.Programme];
        private readonly bool _german = c.Coach == Coach2;
        private int _applicationId;
        private Participant? _participant;
        private int _ladder;
        private Dictionary<BarrierKind, int> _barriers = [];

        private StaffUser CoachUser => world.Coach(c.Coach!);

        public IEnumerable<StoryEvent> Events()
        {
            Add(c.Submitted, SubmitAsync, staff: false);
            if (c.Declined is { } reason)
            {
                Add(c.Decided, async ct => Check(await world.Queue.DeclineAsync(c.DecidedByLead ? world.Lead : CoachUser, _applicationId, reason, ct)));
            }
            else if (c.Coach is not null)
            {
                Add(c.Decided, AcceptAsync);
                AddFileHistory();
            }

            return _events;
        }

        /// <summary>Staff work on weekdays: their events on a Saturday move to the Friday, on a Sunday to the Monday (if that has passed).</summary>
        private void Add(int daysAgo, Func<CancellationToken, Task> run, bool staff = true)
        {
            var day = Scale(daysAgo);
            day += !staff ? 0 : world.Today.AddDays(-day).DayOfWeek switch { DayOfWeek.Saturday => 1, DayOfWeek.Sunday => day > 1 ? -1 : 2, _ => 0 };
            _events.Add(new StoryEvent(day, index, _events.Count, run));
        }

        /// <summary>A young programme (the demo programmes start with the calendar year) gets its story compressed into its own period.</summary>
        private int Scale(int daysAgo)
        {
            var available = Math.Max(30, world.Today.DayNumber - _programme.StartDate.DayNumber);
            return Math.Max(1, available >= StorySpanDays ? daysAgo : daysAgo * available / StorySpanDays);
        }

        private async Task SubmitAsync(CancellationToken ct)
        {
            var details = Details();
            var consents = new ConsentChoices(c.Route != DemoRoute.Form && c.ShareWithReferrer, c.ShareWithEmployers, c.ShareWithTrainingProviders, c.Route switch
            {
                DemoRoute.Form => ConsentMethod.Form,
                DemoRoute.AgenturApi => ConsentMethod.PartnerSystem,
                _ => ConsentMethod.Signature,
            });
            var result = c.Route switch
            {
                DemoRoute.Form => await world.Intake.SubmitApplicationAsync(_programme, details, consents, Guid.NewGuid(), c.Language ?? (c.Country == "DE" ? "de" : "nl"), ct),
                _ => await world.Intake.SubmitReferralAsync(_programme, Referral(details, consents), ct),
            };

            var application = await world.Db.Applications.AsNoTracking().SingleAsync(a => a.Reference == result.Reference, ct);
            var unmet = string.Join(',', result.Eligibility.Unmet.Select(u => u.Code));
            if (unmet != (c.Ineligible ?? "") || (application.PossibleDuplicateOfId is not null) != (c.DuplicateOf is not null))
            {
                throw new InvalidOperationException($"Demo case {c.Name}: unmet '{unmet}', duplicate flag {application.PossibleDuplicateOfId}; the story expects otherwise.");
            }

            _applicationId = application.Id;
        }

        private ReferralInput Referral(CandidateDetails details, ConsentChoices consents)
        {
            var year = world.Clock.GetUtcNow().Year;
            return c.Route switch
            {
                DemoRoute.Uwv => new ReferralInput(world.Organisations["UWV Emmen"], world.Users[DemoAccounts.Referrer], ApplicationSource.ReferralForm,
                    $"UWV-EMN-{year}-{4100 + (index * 37)}", c.Reason!, details, consents, "nl"),
                DemoRoute.AgenturForm => new ReferralInput(world.Organisations["Agentur für Arbeit Nordhorn"], world.Users[Verweiser], ApplicationSource.ReferralForm,
                    $"843-NOH-{year}-{10200 + (index * 53)}", c.Reason!, details, consents, "de"),
                _ => new ReferralInput(world.Organisations["Agentur für Arbeit Nordhorn"], null, ApplicationSource.ReferralApi,
                    $"843-NOH-{year}-{10200 + (index * 53)}", c.Reason!, details, consents, "de"),
            };
        }

        private CandidateDetails Details()
        {
            var de = c.Country == "DE";
            var streets = de ? GermanStreets : DutchStreets;
            return new CandidateDetails
            {
                GivenName = c.GivenName,
                FamilyName = c.FamilyName,
                // Relative to today, so ages stay what the story says; the same name and age give the same date (duplicates).
                BirthDate = world.Today.AddYears(-c.Age).AddDays(-(20 + (c.Name.Sum(ch => ch) % 280))),
                Gender = c.Gender,
                Email = c.Email ?? $"{Slug(c.GivenName)}.{Slug(c.FamilyName)}@example.{(de ? "de" : "nl")}",
                Phone = de ? $"0151 {4400000 + (index * 7919):D7}" : $"06 {31000000 + (index * 104729):D8}",
                Street = streets[index % streets.Length],
                HouseNumber = (3 + (index * 7 % 90)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Postcode = c.Postcode,
                City = c.City,
                Country = c.Country,
                Benefit = c.Benefit,
                Education = c.Education,
                HasStartQualification = c.StartQualification,
                Languages = c.Languages,
                OtherLanguages = c.OtherLanguages,
                WorkExperience = c.WorkExperience,
                SectorWishes = c.Wishes,
                HoursPerWeekWish = c.Hours,
                HeardVia = c.HeardVia ?? c.Route switch { DemoRoute.Uwv => HeardVia.Uwv, DemoRoute.Form => null, _ => HeardVia.AgenturFuerArbeit },
                Indicators = DemoIndicators.For(c.Benefit, index, world.Today),
            };
        }

        private async Task AcceptAsync(CancellationToken ct)
        {
            // The lead accepts most; now and then the coach takes one from the queue themselves.
            var by = index % 3 == 0 ? CoachUser : world.Lead;
            var id = Check(await world.Queue.AcceptAsync(by, _applicationId, world.Users[c.Coach!], c.Override, ct));
            _participant = await world.Db.Participants.SingleAsync(p => p.Id == id, ct);
        }

        /// <summary>The file: intake talk, scan and barriers, phase moves with their contacts and ladder steps, check-ins, reviews.</summary>
        private void AddFileHistory()
        {
            var intakeDay = c.Decided - 2;
            var exit = c.Moves.FirstOrDefault(m => m.To == Phase.Exited);
            var lastContact = Math.Min(c.LastContact ?? (1 + (index % 9)), intakeDay);
            if (intakeDay < 1)
            {
                return; // accepted a day or two ago: the intake talk is still to come
            }

            Add(intakeDay, IntakeTalkAsync);
            foreach (var move in c.Moves)
            {
                Add(move.DaysAgo, ct => MoveAsync(move, ct));
            }

            // Check-ins every three to five weeks between the moves, up to the last contact (or the exit).
            var cadence = 21 + (index * 5 % 15);
            var stop = Math.Max(lastContact, exit?.DaysAgo ?? 0);
            for (var day = intakeDay - cadence; day > stop; day -= cadence)
            {
                if (c.Moves.All(m => Math.Abs(m.DaysAgo - day) > 6))
                {
                    var at = day;
                    Add(at, ct => CheckInAsync(at, ct));
                }
            }

            if (exit is null && c.Moves.All(m => Math.Abs(m.DaysAgo - lastContact) > 3) && lastContact < intakeDay - 3)
            {
                Add(lastContact, ct => CheckInAsync(lastContact, ct));
            }

            var trajectory = c.Moves.FirstOrDefault(m => m.To == Phase.Trajectory);
            if (trajectory is not null && trajectory.DaysAgo - 60 > Math.Max(stop, 1))
            {
                Add(trajectory.DaysAgo - 60, ReviewAsync);
            }

            if (c.ReferrerConsentWithdrawn is { } withdrawn)
            {
                Add(withdrawn, ct => ConsentAsync(ConsentPurpose.ShareWithReferrer, false, ConsentMethod.Verbal, _german ? "Möchte nicht, dass die zuweisende Stelle den Verlauf sieht." : "Wil niet dat de verwijzer de voortgang ziet.", ct));
            }

            if (!c.ShareWithEmployers && trajectory is not null && index % 2 == 0)
            {
                Add(trajectory.DaysAgo, ct => ConsentAsync(ConsentPurpose.ShareWithEmployers, true, ConsentMethod.Signature, _german ? "Für die Vermittlung unterschrieben." : "Getekend voor de matching met werkgevers.", ct));
            }
        }

        private async Task IntakeTalkAsync(CancellationToken ct)
        {
            var coach = CoachUser;
            var id = _participant!.Id;
            var (summary, next) = _german
                ? ($"Erstgespräch im Büro: Lebenssituation, Motivation und Wünsche besprochen. {c.GivenName} möchte gern in {SectorPhrase(true)} arbeiten.", "Arbeitsmarktanalyse abschließen")
                : ($"Intakegesprek op kantoor: situatie thuis, motivatie en wensen besproken. {c.GivenName} wil graag aan de slag in {SectorPhrase(false)}.", "Arbeidsmarktwaardescan afronden");
            await ContactAsync(ContactKind.Meeting, summary, next, 10, ct);

            _barriers = Enum.GetValues<BarrierKind>().ToDictionary(k => k, k => c.Barriers.GetValueOrDefault(k));
            _participant = Check(await world.Files.AddBarrierAssessmentAsync(coach, id, AssessmentMoment.Intake, Date(), _barriers, Limitations(), ct));
            await LadderAsync(c.Ladder, _german ? "Beim Erstgespräch" : "Bij de intake", ct);
            foreach (var (sector, years, description) in c.Experience)
            {
                _participant = Check(await world.Files.AddExperienceAsync(coach, id, sector, years, description, ct));
            }

            foreach (var (name, level) in c.Skills)
            {
                _participant = Check(await world.Files.AddSkillAsync(coach, id, name, level, ct));
            }

            foreach (var (language, level) in c.Spoken)
            {
                _participant = Check(await world.Files.AddLanguageAsync(coach, id, language, level, ct));
            }

            var licence = c.DrivingLicence ?? (c.Age >= 20 && index % 4 != 1);
            _participant = Check(await world.Files.UpdateWorkPreferencesAsync(coach, id, _participant.Version,
                new WorkPreferenceInput(c.Wishes, c.Hours, licence, licence && index % 3 != 2, c.TravelMinutes ?? (licence ? 45 : 30), c.Preferences), ct));
        }

        private async Task MoveAsync(DemoMove move, CancellationToken ct)
        {
            var from = _participant!.Phase;
            _participant = Check(await world.Files.MovePhaseAsync(CoachUser, _participant.Id, move.To, move.Reason, move.Note, ct));
            var (summary, next) = PhaseText(move, from);
            var kind = move.To == Phase.Placed || move.Reason == ExitReason.ContactLost ? ContactKind.Phone : ContactKind.Meeting;
            await ContactAsync(kind, summary, next, move.To == Phase.Durable ? 42 : 14, ct);
            if (move.To == Phase.Trajectory && from == Phase.Placed)
            {
                await LadderAsync(4, _german ? "Probearbeit beendet, wieder in der Maßnahme" : "Proefplaatsing gestopt, weer in traject", ct);
            }
            else if (move.To == Phase.Trajectory && _ladder < 4)
            {
                await LadderAsync(_ladder + 1, _german ? "Nimmt an Training und Bewerbungen teil" : "Neemt deel aan training en solliciteert", ct);
            }
            else if (move.To == Phase.Placed)
            {
                await LadderAsync(5, _german ? "Arbeitet mit Begleitung durch den Jobcoach" : "Werkt, met begeleiding van de jobcoach", ct);
            }
            else if ((move.To == Phase.Durable || move.Reason == ExitReason.FoundWork) && _ladder < 6)
            {
                await LadderAsync(6, _german ? "Bezahlte Arbeit ohne Unterstützung" : "Betaald werk zonder ondersteuning", ct);
            }

            if (move.To == Phase.Exited)
            {
                _participant = Check(await world.Files.AddBarrierAssessmentAsync(CoachUser, _participant.Id, AssessmentMoment.Exit, Date(), _barriers, Limitations(), ct));
            }
        }

        private async Task CheckInAsync(int daysAgo, CancellationToken ct)
        {
            var phase = c.Moves.Where(m => m.DaysAgo >= daysAgo).Select(m => (Phase?)m.To).LastOrDefault() ?? Phase.Intake;
            var pool = (_german ? GermanCheckIns : DutchCheckIns)[phase];
            var (kind, summary, next) = pool[(index + daysAgo) % pool.Length];
            await ContactAsync(kind, Fill(summary), next, 14, ct);

            // Placed for two months and doing well: the jobcoach steps back.
            if (phase == Phase.Placed && _ladder == 5 && c.Moves.Any(m => m.To == Phase.Placed && m.DaysAgo - daysAgo >= 56))
            {
                await LadderAsync(6, _german ? "Arbeitet selbstständig, keine Begleitung mehr" : "Werkt zelfstandig, geen jobcoaching meer", ct);
            }
        }

        private async Task ReviewAsync(CancellationToken ct)
        {
            // Three months in: confidence, language and digital skills usually improve a step.
            _barriers = _barriers.ToDictionary(b => b.Key, b => b.Key is BarrierKind.Confidence or BarrierKind.Language or BarrierKind.DigitalSkills ? Math.Max(0, b.Value - 1) : b.Value);
            _participant = Check(await world.Files.AddBarrierAssessmentAsync(CoachUser, _participant!.Id, AssessmentMoment.Review, Date(), _barriers, Limitations(), ct));
        }

        private async Task ContactAsync(ContactKind kind, string summary, string? next, int nextInDays, CancellationToken ct)
        {
            var date = Date();
            _participant = Check(await world.Files.AddContactAsync(CoachUser, _participant!.Id, date, kind, summary, next, next is null ? null : date.AddDays(nextInDays), ct));
        }

        private async Task LadderAsync(int step, string note, CancellationToken ct)
        {
            _ladder = step;
            _participant = Check(await world.Files.AddLadderStepAsync(CoachUser, _participant!.Id, step, Date(), note, ct));
        }

        /// <summary>Consent changed later in the file, recorded by the coach (there is no page for it yet).</summary>
        private async Task ConsentAsync(ConsentPurpose purpose, bool given, ConsentMethod method, string note, CancellationToken ct)
        {
            world.Db.ConsentRecords.Add(new ConsentRecord(_applicationId, purpose, given, method, world.Clock.GetUtcNow().UtcDateTime, world.Users[c.Coach!], note));
            await world.Db.SaveChangesAsync(ct);
        }

        private (string Summary, string? Next) PhaseText(DemoMove move, Phase from) => (move.To, _german) switch
        {
            (Phase.Plan, false) => ($"Trajectplan besproken en ondertekend. Doel: werkfit worden en werk vinden in {SectorPhrase(false)}.", "Start training CV en solliciteren"),
            (Phase.Plan, true) => ($"Förderplan besprochen und unterschrieben. Ziel: Arbeit in {SectorPhrase(true)}.", "Start Bewerbungstraining"),
            (Phase.Trajectory, false) when from == Phase.Placed => ("Proefplaatsing gestopt; het werk paste niet bij de belastbaarheid. Zoekrichting samen bijgesteld.", "Nieuwe vacatures zoeken"),
            (Phase.Trajectory, true) when from == Phase.Placed => ("Probearbeit beendet; die Arbeit passte nicht zur Belastbarkeit. Suchrichtung gemeinsam angepasst.", "Neue Stellen suchen"),
            (Phase.Trajectory, false) => ("Traject gestart: eerste bijeenkomst van de training solliciteren bijgewoond, CV opgesteld.", "CV laatste versie nalopen"),
            (Phase.Trajectory, true) => ("Maßnahme begonnen: erstes Treffen des Bewerbungstrainings, Lebenslauf erstellt.", "Lebenslauf fertigstellen"),
            (Phase.Placed, false) => ($"Gestart met werk in {SectorPhrase(false)}, {c.Hours ?? 32} uur per week. Eerste week goed verlopen.", "Nazorggesprek na vier weken"),
            (Phase.Placed, true) => ($"Arbeit in {SectorPhrase(true)} aufgenommen, {c.Hours ?? 32} Stunden pro Woche. Die erste Woche lief gut.", "Nachbetreuung nach vier Wochen"),
            (Phase.Durable, false) => ("Zes maanden na de start nog steeds aan het werk; werkgever bevestigt, loonstrook gezien. Duurzaam geplaatst.", "Nazorg afronden en dossier sluiten"),
            (Phase.Durable, true) => ("Sechs Monate nach Beginn weiterhin in Arbeit; Arbeitgeber bestätigt, Lohnabrechnung gesehen. Nachhaltig vermittelt.", "Nachbetreuung abschließen, Akte schließen"),
            (_, false) => ($"Traject afgesloten: {move.Note}", null),
            (_, true) => ($"Begleitung beendet: {move.Note}", null),
        };

        private string Fill(string text) => text.Replace("{name}", c.GivenName, StringComparison.Ordinal).Replace("{sector}", SectorPhrase(_german), StringComparison.Ordinal);

        private string SectorPhrase(bool german) => (c.Wishes.FirstOrDefault(), german) switch
        {
            (Sector.Ict, false) => "de ICT",
            (Sector.Ict, true) => "der IT",
            (Sector.Care, false) => "de zorg",
            (Sector.Care, true) => "der Pflege",
            (Sector.Engineering, false) => "de techniek",
            (Sector.Engineering, true) => "der Technik",
            (Sector.Construction, false) => "de bouw",
            (Sector.Construction, true) => "der Baubranche",
            (Sector.TransportLogistics, false) => "transport en logistiek",
            (Sector.TransportLogistics, true) => "Transport und Logistik",
            (Sector.Hospitality, false) => "de horeca",
            (Sector.Hospitality, true) => "der Gastronomie",
            (Sector.CustomerService, false) => "de klantenservice",
            (Sector.CustomerService, true) => "dem Kundenservice",
            (Sector.Cleaning, false) => "de schoonmaak",
            (Sector.Cleaning, true) => "der Gebäudereinigung",
            (Sector.Retail, false) => "de detailhandel",
            (Sector.Retail, true) => "dem Einzelhandel",
            (_, false) => "een passende baan",
            (_, true) => "einer passenden Stelle",
        };

        /// <summary>Health as functional limitations only, never a diagnosis; no health rating, no text.</summary>
        private string? Limitations() => c.Barriers.GetValueOrDefault(BarrierKind.Health) > 0 ? c.Limitations : null;

        private DateOnly Date() => world.Clock.Today();

        private T Check<T>(Result<T> result) =>
            result.IsOk ? result.Value! : throw new InvalidOperationException($"Demo case {c.Name}: {result.Outcome} {result.ErrorCode}");
    }

    private static string Slug(string name) =>
        new(name.ToLowerInvariant().Replace("ü", "ue", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ä", "ae", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal).Replace("é", "e", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal).Replace(' ', '.').Where(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-').ToArray());

    /// <summary>A clock the seeder sets to the moment of each event of a story.</summary>
    private sealed class StoryClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>The audit log's origin for what the seeder did.</summary>
    private sealed class DemoOrigin : IAuditOrigin
    {
        public string Describe() => "demo data";
    }
}
