using Jobportunities.Core.Data;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Trajectories;

namespace Jobportunities.Web.Demo;

public sealed partial class DemoTrajectorySeeder
{
    /// <summary>Writes one demo plan through the entities' own rules, with its history, in three saves (ids first).</summary>
    private sealed class PlanWriter(AppDbContext db, Participant p, Dictionary<string, Instrument> catalogue, DateOnly today, DateTime nowUtc)
    {
        private readonly List<Action> _afterItems = [];
        private readonly List<Action> _afterLinks = [];
        private int _position;

        private bool German => p.Country == "DE";

        public int Seed => p.Id;

        public string Country => p.Country;

        public string EmployerName => German ? "Spedition Emsland GmbH" : "Zorggroep Emmerhout";

        public string Text(string key) => (key, German) switch
        {
            ("already-course", false) => "Volgt al een taalcursus via de gemeente.",
            ("already-course", true) => "Besucht bereits einen Sprachkurs über das Jobcenter.",
            ("health", false) => "Tijdelijk niet belastbaar om gezondheidsredenen.",
            ("health", true) => "Vorübergehend aus gesundheitlichen Gründen nicht belastbar.",
            ("dropout", false) => "De opleiding bleek niet te combineren met de zorg voor een familielid.",
            ("dropout", true) => "Die Weiterbildung ließ sich nicht mit der Pflege eines Angehörigen vereinbaren.",
            ("twice", false) => "Per vergissing twee keer toegevoegd.",
            ("twice", true) => "Versehentlich zweimal hinzugefügt.",
            ("funder", false) => "Gemeente Emmen",
            _ => "Jobcenter Landkreis Emsland",
        };

        public void Goal(int which, int dueInDays, int? achievedDaysAgo = null)
        {
            var (what, how) = (which, German) switch
            {
                (0, false) => ("Dagritme opbouwen: vier ochtenden per week actief", "Aanwezigheid in het leerwerkbedrijf, bijgehouden door de coach"),
                (0, true) => ("Tagesstruktur aufbauen: vier Vormittage pro Woche aktiv", "Anwesenheit im Betrieb, vom Coach festgehalten"),
                (1, false) => ("Een startkwalificatie of praktijkverklaring halen", "Diploma of Verklaring Praktijkleren"),
                (1, true) => ("Einen Berufsabschluss oder Praxisnachweis erreichen", "Zeugnis oder Praxisnachweis"),
                (_, false) => ("Betaald werk van minstens 12 uur per week", "Arbeidsovereenkomst of loonstrook"),
                _ => ("Bezahlte Arbeit mit mindestens 12 Stunden pro Woche", "Arbeitsvertrag oder Lohnabrechnung"),
            };
            var goal = new PlanGoal(p.Id, new GoalInput(what, today.AddDays(dueInDays), how), At(40));
            db.PlanGoals.Add(goal);
            _afterItems.Add(() => History(PlanChangeKind.GoalAdded, goal.Id, 40));
            if (achievedDaysAgo is { } ago)
            {
                goal.MarkAchieved(today.AddDays(-ago));
                _afterItems.Add(() => History(PlanChangeKind.GoalAchieved, goal.Id, ago));
            }
        }

        public PlanInstrument Instrument(string code, int startInDays, int daysAgo)
        {
            var instrument = catalogue[code];
            var planInstrument = new PlanInstrument(p.Id, instrument.Id, ++_position,
                new PlanInstrumentInput(instrument.DefaultProvider ?? Provider(code), today.AddDays(startInDays), today.AddDays(startInDays + 55), instrument.DefaultCost));
            db.PlanInstruments.Add(planInstrument);
            _afterItems.Add(() => History(PlanChangeKind.InstrumentAdded, planInstrument.Id, daysAgo));
            return planInstrument;
        }

        public PlanInstrument Move(PlanInstrument planInstrument, InstrumentStatus to, int daysAgo, string? reason = null)
        {
            if (planInstrument.MoveTo(to, today.AddDays(-daysAgo), reason) is null)
            {
                _afterItems.Add(() => History(PlanChangeKind.InstrumentStatusChanged, planInstrument.Id, daysAgo, to.ToString(), reason));
            }

            return planInstrument;
        }

        /// <summary>Withdraws a plan instrument added by mistake, by the coach, with its history line.</summary>
        public void Withdraw(PlanInstrument planInstrument, int daysAgo)
        {
            var reason = Text("twice");
            if (planInstrument.Withdraw(reason, p.CoachId, At(daysAgo)))
            {
                _afterItems.Add(() => History(PlanChangeKind.InstrumentWithdrawn, planInstrument.Id, daysAgo, InstrumentStatus.Withdrawn.ToString(), reason));
            }
        }

        public void Certificate(PlanInstrument planInstrument, int daysAgo) => _afterItems.Add(() =>
        {
            var input = German
                ? new CertificateInput("Fachlagerist/in (Teilqualifikation)", today.AddDays(-daysAgo), "Spedition Emsland GmbH")
                : new CertificateInput("Medewerker logistiek", today.AddDays(-daysAgo), "Leerbedrijf Transport Emmen (SBB)");
            db.WorkBasedLearningCertificates.Add(new WorkBasedLearningCertificate(p.Id, planInstrument.Id, input, p.CoachId, At(daysAgo)));
            History(PlanChangeKind.CertificateRecorded, planInstrument.Id, daysAgo);
        });

        /// <summary>An enrolment that is still planned: the seat is taken.</summary>
        public void Enrol(CourseRun run, int daysAgo)
        {
            if (run.TryTakeSeat())
            {
                Enrolment(run, TrainingInstrument(run), daysAgo);
            }
        }

        /// <summary>An enrolment in a run that started: started, and then completed with diploma or dropped out unless <paramref name="end"/> is Started.</summary>
        public void EnrolDone(CourseRun run, EnrolmentStatus end)
        {
            if (!run.TryTakeSeat())
            {
                return;
            }

            var planInstrument = TrainingInstrument(run);
            var started = today.DayNumber - run.StartDate.DayNumber;
            var enrolment = Enrolment(run, planInstrument, started + 10);
            var reason = end == EnrolmentStatus.DroppedOut ? Text("dropout") : null;
            _afterLinks.Add(() =>
            {
                enrolment().MoveTo(EnrolmentStatus.Started, false, null);
                planInstrument.MoveTo(InstrumentStatus.Running, run.StartDate, null);
                History(PlanChangeKind.EnrolmentStatusChanged, enrolment().Id, started, nameof(EnrolmentStatus.Started));
                if (end != EnrolmentStatus.Started)
                {
                    enrolment().MoveTo(end, true, reason);
                    planInstrument.MoveTo(EnrolmentStatusRules.InstrumentStatusOf(end), today.AddDays(-2), reason);
                    History(PlanChangeKind.EnrolmentStatusChanged, enrolment().Id, 2, end.ToString(), reason);
                }
            });
        }

        public void Agreement(int daysAgo)
        {
            var text = German
                ? "Einarbeitung mit festem Mentor; nach erfolgreicher Probezeit ein Vertrag über 20 Stunden pro Woche."
                : "Inwerken met een vaste werkbegeleider; bij een goede proefperiode een contract voor 20 uur per week.";
            // Written as an old free-text row: the start-up link points the Dutch one to "Zorggroep Emmerhout" of the register.
            var agreement = EmployerAgreement.WithLegacyName(p.Id, EmployerName, text, today.AddDays(-daysAgo));
            db.EmployerAgreements.Add(agreement);
            _afterItems.Add(() => History(PlanChangeKind.AgreementAdded, agreement.Id, daysAgo));
        }

        public void Split(int daysAgo, params (PayerKind Payer, string? Name, decimal Percent)[] shares)
        {
            db.CostShares.AddRange(shares.Select(s => new CostShare(p.Id, new CostShareInput(s.Payer, s.Name, s.Percent))));
            _afterItems.Add(() => History(PlanChangeKind.CostSplitChanged, null, daysAgo, note: string.Join(", ", shares.Select(s => $"{s.Name ?? s.Payer.ToString()} {s.Percent:0}%"))));
        }

        public async Task SaveAsync(CancellationToken ct)
        {
            await db.SaveChangesAsync(ct);
            _afterItems.ForEach(a => a());
            await db.SaveChangesAsync(ct);
            _afterLinks.ForEach(a => a());
            await db.SaveChangesAsync(ct);
        }

        private PlanInstrument TrainingInstrument(CourseRun run)
        {
            var course = run.Course!;
            var planInstrument = new PlanInstrument(p.Id, catalogue[StandardInstruments.TrainingCode].Id, ++_position,
                new PlanInstrumentInput($"{course.TrainingProvider!.Name} — {course.Title}", run.StartDate, course.EndOf(run.StartDate), course.Cost));
            db.PlanInstruments.Add(planInstrument);
            return planInstrument;
        }

        /// <summary>The enrolment is made once the plan instrument has its id; the returned function gives it after that.</summary>
        private Func<Enrolment> Enrolment(CourseRun run, PlanInstrument planInstrument, int daysAgo)
        {
            Enrolment? enrolment = null;
            _afterItems.Add(() =>
            {
                enrolment = new Enrolment(run.Id, p.Id, planInstrument.Id, p.CoachId, At(daysAgo));
                db.Enrolments.Add(enrolment);
            });
            _afterLinks.Insert(0, () => History(PlanChangeKind.Enrolled, enrolment!.Id, daysAgo));
            return () => enrolment!;
        }

        private string Provider(string code) => (code, German) switch
        {
            ("werkfit", false) => "Leerwerkbedrijf Emmen",
            ("werkfit", true) => "Beschäftigungsgesellschaft Emsland",
            ("taaltraining", false) => "Taalhuis Emmen",
            ("taaltraining", true) => "Volkshochschule Meppen",
            ("praktijkleren", false) => "Leerbedrijf Transport Emmen",
            ("praktijkleren", true) => "Spedition Emsland GmbH",
            ("digitale-vaardigheden", false) => "Bibliotheek Emmen",
            ("digitale-vaardigheden", true) => "Volkshochschule Nordhorn",
            _ => German ? "Coach des Programms" : "Coach van het programma",
        };

        private void History(PlanChangeKind kind, int? itemId, int daysAgo, string? status = null, string? note = null) =>
            db.PlanHistory.Add(new PlanHistoryEntry(p.Id, kind, itemId, p.CoachId, At(daysAgo), status, note));

        private DateTime At(int daysAgo) => nowUtc.AddDays(-daysAgo);
    }
}
