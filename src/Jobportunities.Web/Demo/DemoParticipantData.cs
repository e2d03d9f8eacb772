using Jobportunities.Core.Common;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using static Jobportunities.Core.Participants.BarrierKind;

namespace Jobportunities.Web.Demo;

/// <summary>How a demo person reached the programme.</summary>
internal enum DemoRoute
{
    /// <summary>The public intake form.</summary>
    Form,

    /// <summary>A referral form of Petra Jansen, UWV Emmen.</summary>
    Uwv,

    /// <summary>A referral form of Katrin Hoff, Agentur für Arbeit Nordhorn.</summary>
    AgenturForm,

    /// <summary>The Agentur's partner system through the referral API.</summary>
    AgenturApi,
}

/// <summary>A phase move on a day (days before today).</summary>
internal sealed record DemoMove(Phase To, int DaysAgo, ExitReason? Reason = null, string? Note = null);

/// <summary>
/// One demo person and their story, in days before today (before a young programme's compression).
/// Without a coach the application stays in the queue; with <see cref="Declined"/> it is declined.
/// </summary>
internal sealed class DemoCase
{
    public required string GivenName { get; init; }

    public required string FamilyName { get; init; }

    public string Name => $"{GivenName} {FamilyName}";

    public Gender Gender { get; init; }

    public required int Age { get; init; }

    /// <summary>A postcode of the demo regions (Demo/regions.json); five digits is German.</summary>
    public required string Postcode { get; init; }

    public required string City { get; init; }

    public string Country => Postcode.Length == 5 && Postcode.All(char.IsAsciiDigit) ? "DE" : "NL";

    public BenefitSituation Benefit { get; init; } = BenefitSituation.None;

    public EducationLevel? Education { get; init; }

    public bool? StartQualification { get; init; }

    public string[] Languages { get; init; } = ["nl"];

    public string? OtherLanguages { get; init; }

    public string? WorkExperience { get; init; }

    public Sector[] Wishes { get; init; } = [];

    public int? Hours { get; init; }

    public HeardVia? HeardVia { get; init; }

    public string? Email { get; init; }

    /// <summary>The form's language; German for a German address unless told.</summary>
    public string? Language { get; init; }

    public string Programme { get; init; } = DemoDataSeeder.MainProgrammeCode;

    public DemoRoute Route { get; init; }

    /// <summary>The referral's reason (referrals only).</summary>
    public string? Reason { get; init; }

    public bool ShareWithReferrer { get; init; } = true;

    public bool ShareWithEmployers { get; init; }

    public bool ShareWithTrainingProviders { get; init; }

    /// <summary>The unmet conditions the seeder expects (region, age, benefit), comma-separated; it checks.</summary>
    public string? Ineligible { get; init; }

    /// <summary>The same person applied before under this name (same birth date): flagged as a likely duplicate.</summary>
    public string? DuplicateOf { get; init; }

    public required int Submitted { get; init; }

    public int Decided { get; init; }

    public bool DecidedByLead { get; init; }

    public string? Declined { get; init; }

    /// <summary>The coach who gets the participant (or who declines); none: still in the queue.</summary>
    public string? Coach { get; init; }

    /// <summary>The written reason to accept an ineligible application.</summary>
    public string? Override { get; init; }

    public DemoMove[] Moves { get; init; } = [];

    /// <summary>Days since the last contact; over 60 is a data-quality signal. Default: within the last ten days.</summary>
    public int? LastContact { get; init; }

    public int Ladder { get; init; } = 3;

    public Dictionary<BarrierKind, int> Barriers { get; init; } = [];

    /// <summary>Functional limitations (what someone can and cannot do), never a diagnosis.</summary>
    public string? Limitations { get; init; }

    public (Sector Sector, int Years, string Description)[] Experience { get; init; } = [];

    public (string Name, int Level)[] Skills { get; init; } = [];

    public (string Language, string Level)[] Spoken { get; init; } = [];

    public bool? DrivingLicence { get; init; }

    public int? TravelMinutes { get; init; }

    public string? Preferences { get; init; }

    /// <summary>The day the participant withdrew consent to share progress with the referrer.</summary>
    public int? ReferrerConsentWithdrawn { get; init; }
}

/// <summary>The demo people. Names are invented; postcodes and towns are real places in the demo regions.</summary>
public sealed partial class DemoParticipantSeeder
{
    private const string Sanne = DemoAccounts.Coach;
    private const string Lukas = Coach2;
    private const string Ineke = CoachAchterhoek;
    private const string Meedoen = DemoDataSeeder.SecondProgrammeCode;

    private static readonly string[] DutchStreets = ["Hoofdstraat", "Kerkstraat", "Molenstraat", "Julianastraat", "Wilhelminastraat", "Dorpsstraat", "Stationsstraat", "Beatrixlaan", "Sportlaan", "Esweg"];

    private static readonly string[] GermanStreets = ["Hauptstraße", "Bahnhofstraße", "Kirchstraße", "Schulstraße", "Lindenstraße", "Am Markt", "Gartenstraße", "Mühlenweg", "Birkenweg", "Emsstraße"];

    private static DemoMove Plan(int daysAgo) => new(Phase.Plan, daysAgo);

    private static DemoMove Trajectory(int daysAgo) => new(Phase.Trajectory, daysAgo);

    private static DemoMove Placed(int daysAgo) => new(Phase.Placed, daysAgo);

    private static DemoMove Durable(int daysAgo) => new(Phase.Durable, daysAgo);

    private static DemoMove Exited(int daysAgo, ExitReason reason, string note) => new(Phase.Exited, daysAgo, reason, note);

    private static readonly Dictionary<Phase, (ContactKind Kind, string Summary, string? Next)[]> DutchCheckIns = new()
    {
        [Phase.Intake] =
        [
            (ContactKind.Phone, "Telefonisch contact: scan doorgenomen, werkervaring en vaardigheden aangevuld.", "Trajectplan opstellen"),
            (ContactKind.Meeting, "Tweede gesprek: belemmeringen en ondersteuningsbehoefte besproken.", "Trajectplan bespreken"),
        ],
        [Phase.Plan] =
        [
            (ContactKind.Meeting, "Plan verder uitgewerkt; keuze tussen opleiding en proefplaatsing besproken.", "Offerte opleider opvragen"),
            (ContactKind.Email, "Informatie gemaild over de training CV en solliciteren; {name} heeft zich aangemeld.", "Aanmelding training bevestigen"),
            (ContactKind.Phone, "Telefonisch contact: afspraak verzet wegens ziekte van een kind.", "Nieuwe afspraak maken"),
        ],
        [Phase.Trajectory] =
        [
            (ContactKind.Meeting, "Voortgangsgesprek: twee vacatures in {sector} besproken, sollicitatiebrief samen geschreven.", "Reactie werkgever navragen"),
            (ContactKind.Video, "Videogesprek: sollicitatiegesprek voorbereid, oefenvragen doorgenomen.", "Sollicitatiegesprek nabespreken"),
            (ContactKind.Meeting, "Samen met {name} bij een werkgever geweest; mogelijkheden voor een proefplaatsing verkend.", "Afspraken proefplaatsing vastleggen"),
            (ContactKind.Phone, "Reistijd en vervoer besproken; route met fiets en bus bekeken.", "Reiskostenvergoeding navragen"),
            (ContactKind.Phone, "Telefonisch contact: gaat goed, {name} is gemotiveerd en solliciteert actief.", "Voortgangsgesprek plannen"),
        ],
        [Phase.Placed] =
        [
            (ContactKind.Meeting, "Nazorg: gesprek met leidinggevende en {name}; loopt goed, inwerkperiode bijna klaar.", "Verlenging contract navragen"),
            (ContactKind.Phone, "Telefonisch contact: het rooster past goed bij de thuissituatie.", "Volgend nazorgcontact"),
        ],
        [Phase.Durable] =
        [
            (ContactKind.Phone, "Nazorggesprek: tevreden over werk en begeleiding; heeft geen ondersteuning meer nodig.", "Dossier sluiten"),
        ],
    };

    private static readonly Dictionary<Phase, (ContactKind Kind, string Summary, string? Next)[]> GermanCheckIns = new()
    {
        [Phase.Intake] =
        [
            (ContactKind.Phone, "Telefonat: Arbeitsmarktanalyse durchgesehen, Berufserfahrung und Fähigkeiten ergänzt.", "Förderplan erstellen"),
            (ContactKind.Meeting, "Zweites Gespräch: Hemmnisse und Unterstützungsbedarf besprochen.", "Förderplan besprechen"),
        ],
        [Phase.Plan] =
        [
            (ContactKind.Meeting, "Plan weiter ausgearbeitet; Weiterbildung oder Probearbeit besprochen.", "Angebot des Bildungsträgers anfragen"),
            (ContactKind.Email, "Informationen zum Bewerbungstraining per E-Mail geschickt; {name} hat sich angemeldet.", "Anmeldung bestätigen"),
        ],
        [Phase.Trajectory] =
        [
            (ContactKind.Meeting, "Verlaufsgespräch: zwei Stellen in {sector} besprochen, Anschreiben gemeinsam verfasst.", "Rückmeldung des Arbeitgebers erfragen"),
            (ContactKind.Video, "Videogespräch: Vorstellungsgespräch vorbereitet, Übungsfragen durchgegangen.", "Vorstellungsgespräch nachbesprechen"),
            (ContactKind.Meeting, "Mit {name} bei einem Arbeitgeber gewesen; Möglichkeiten für eine Probearbeit ausgelotet.", "Probearbeit vereinbaren"),
            (ContactKind.Phone, "Telefonat: läuft gut, {name} ist motiviert und bewirbt sich aktiv.", "Verlaufsgespräch planen"),
        ],
        [Phase.Placed] =
        [
            (ContactKind.Meeting, "Nachbetreuung: Gespräch mit Vorgesetzter und {name}; Einarbeitung fast abgeschlossen.", "Vertragsverlängerung erfragen"),
            (ContactKind.Phone, "Telefonat: Schichtplan passt gut zur familiären Situation.", "Nächster Nachbetreuungskontakt"),
        ],
        [Phase.Durable] =
        [
            (ContactKind.Phone, "Nachbetreuung: zufrieden mit Arbeit und Begleitung; braucht keine Unterstützung mehr.", "Akte schließen"),
        ],
    };

    /// <summary>About forty people: 30 participants in every phase, 12 in the queue (two likely duplicates), 2 declined.</summary>
    private static readonly IReadOnlyList<DemoCase> Cases =
    [
        // ---- New Jobportunities 2.0: participants in phase Intake ----
        new()
        {
            GivenName = "Fatma", FamilyName = "Yılmaz", Gender = Gender.Female, Age = 34, Postcode = "7812 BD", City = "Emmen",
            Education = EducationLevel.LowerSecondary, StartQualification = false, Languages = ["nl", "tr"], Wishes = [Sector.Care, Sector.Retail], Hours = 20,
            HeardVia = HeardVia.FamilyOrFriends, WorkExperience = "Drie jaar kassamedewerker in een supermarkt, daarna thuis voor de kinderen.",
            Submitted = 12, Decided = 8, Coach = Sanne, Ladder = 2,
            Barriers = { [Language] = 1, [CareDuties] = 2, [Confidence] = 1, [DigitalSkills] = 1 },
            Experience = [(Sector.Retail, 3, "Kassamedewerker supermarkt")], Skills = [("Klantcontact", 3), ("Kassa", 3)], Spoken = [("nl", "B2"), ("tr", "C2"), ("en", "A2")],
            Preferences = "Alleen onder schooltijden.",
        },
        new()
        {
            GivenName = "Olga", FamilyName = "Schmidt", Gender = Gender.Female, Age = 45, Postcode = "49808", City = "Lingen (Ems)",
            Education = EducationLevel.UpperSecondary, Languages = ["de"], OtherLanguages = "Russisch", Wishes = [Sector.Cleaning, Sector.Hospitality], Hours = 25,
            Route = DemoRoute.AgenturApi, Reason = "Seit mehreren Jahren ohne Leistungsbezug; möchte wieder in Teilzeit arbeiten, am liebsten in Lingen.",
            Submitted = 20, Decided = 15, Coach = Lukas, ShareWithEmployers = true,
            Barriers = { [Language] = 1, [Transport] = 2, [DigitalSkills] = 2 },
            Experience = [(Sector.Hospitality, 6, "Küchenhilfe in einem Hotel")], Skills = [("Hygiene (HACCP)", 2), ("Zimmerreinigung", 3)], Spoken = [("de", "B2"), ("ru", "C2")],
            DrivingLicence = false, TravelMinutes = 30,
        },
        new()
        {
            GivenName = "Dennis", FamilyName = "Kamphuis", Gender = Gender.Male, Age = 27, Postcode = "7741 KR", City = "Coevorden",
            Education = EducationLevel.LowerSecondary, StartQualification = false, Wishes = [Sector.Engineering, Sector.Construction], Hours = 40, HeardVia = HeardVia.SocialMedia,
            WorkExperience = "Uitzendwerk in de metaal, orderpicken.",
            Submitted = 6, Decided = 2, Coach = Sanne,
        },
        new()
        {
            GivenName = "Gerrit", FamilyName = "Brouwer", Gender = Gender.Male, Age = 58, Postcode = "7901 AC", City = "Hoogeveen",
            Education = EducationLevel.LowerSecondary, StartQualification = true, Languages = ["nl", "de"], Wishes = [Sector.TransportLogistics], Hours = 40,
            Route = DemoRoute.Uwv, Reason = "Na het faillissement van zijn werkgever de WW uitgeput, nu geen uitkering. Ervaren chauffeur, wil terug in transport.",
            Submitted = 30, Decided = 26, Coach = Sanne, DecidedByLead = true,
            Barriers = { [Health] = 1, [DigitalSkills] = 2, [Confidence] = 1 },
            Limitations = "Kan niet langer dan twee uur achter elkaar zitten; afwisseling in houding nodig.",
            Experience = [(Sector.TransportLogistics, 22, "Vrachtwagenchauffeur (C/E), regionale distributie")], Skills = [("Rijbewijs C/E met code 95", 4), ("Ritplanning", 2)],
            Spoken = [("nl", "C2"), ("de", "B1")], DrivingLicence = true, TravelMinutes = 60,
        },

        // ---- Plan ----
        new()
        {
            GivenName = "Marieke", FamilyName = "Hilbrands", Gender = Gender.Female, Age = 42, Postcode = "9531 GK", City = "Borger",
            Education = EducationLevel.UpperSecondary, StartQualification = true, Languages = ["nl", "en"], Wishes = [Sector.Care, Sector.Education], Hours = 24,
            HeardVia = HeardVia.Newspaper, Submitted = 75, Decided = 70, Coach = Sanne, ShareWithEmployers = true, ShareWithTrainingProviders = true,
            Moves = [Plan(50)],
            Barriers = { [CareDuties] = 2, [Confidence] = 2 },
            Experience = [(Sector.Care, 8, "Pedagogisch medewerker kinderopvang"), (Sector.Education, 3, "Overblijfmoeder basisschool")],
            Skills = [("Omgaan met kinderen", 4), ("EHBO", 2)], Spoken = [("nl", "C2"), ("en", "B1"), ("de", "A2")],
        },
        new()
        {
            GivenName = "Markus", FamilyName = "Lammers", Gender = Gender.Male, Age = 51, Postcode = "49716", City = "Meppen",
            Education = EducationLevel.UpperSecondary, Languages = ["de", "nl"], Wishes = [Sector.Construction, Sector.Engineering], Hours = 38,
            Route = DemoRoute.AgenturForm, Reason = "War lange selbstständig (Tischlerei), Betrieb aufgegeben; kein Leistungsbezug. Sucht eine Festanstellung, gern auch in den Niederlanden.",
            Submitted = 95, Decided = 90, Coach = Lukas, Ladder = 4,
            Moves = [Plan(66)],
            Barriers = { [Health] = 1, [Confidence] = 1 }, Limitations = "Keine längeren Überkopfarbeiten; Heben bis 20 kg möglich.",
            Experience = [(Sector.Construction, 25, "Tischlermeister mit eigener Werkstatt")], Skills = [("Möbelbau", 4), ("CNC-Bearbeitung", 2), ("Kundenberatung", 3)],
            Spoken = [("de", "C2"), ("nl", "A2"), ("en", "A2")], DrivingLicence = true, TravelMinutes = 60,
        },
        new()
        {
            GivenName = "Henk", FamilyName = "Zwiers", Gender = Gender.Male, Age = 61, Postcode = "7881 HA", City = "Emmer-Compascuum",
            Education = EducationLevel.LowerSecondary, StartQualification = false, Wishes = [Sector.Cleaning, Sector.Other], Hours = 24,
            Submitted = 150, Decided = 140, Coach = Sanne, Ladder = 2, LastContact = 78,
            Moves = [Plan(110)],
            Barriers = { [Health] = 2, [Loneliness] = 2, [Debts] = 2, [DigitalSkills] = 3 },
            Limitations = "Kan niet lang achter elkaar staan; zittend werk of werk met afwisseling.",
            Experience = [(Sector.Other, 30, "Productiemedewerker turfstrooiselfabriek")], Skills = [("Heftruck rijden", 3)], Spoken = [("nl", "C2"), ("de", "A2")],
            DrivingLicence = false, TravelMinutes = 20,
        },
        new()
        {
            GivenName = "Agnieszka", FamilyName = "Nowak", Gender = Gender.Female, Age = 38, Postcode = "7833 AB", City = "Nieuw-Amsterdam",
            Education = EducationLevel.Tertiary, Languages = ["pl", "en", "nl"], Language = "en", Wishes = [Sector.CustomerService, Sector.TransportLogistics], Hours = 32,
            HeardVia = HeardVia.SocialMedia, Submitted = 60, Decided = 55, Coach = Sanne, ShareWithEmployers = true,
            Moves = [Plan(35)],
            Barriers = { [Language] = 2, [Confidence] = 1 },
            Experience = [(Sector.TransportLogistics, 5, "Orderpicker distributiecentrum (uitzend)"), (Sector.CustomerService, 2, "Klantenservice in het Pools en Engels")],
            Skills = [("Excel", 3), ("WMS-handscanner", 3)], Spoken = [("pl", "C2"), ("en", "C1"), ("nl", "A2"), ("de", "A2")],
        },

        // ---- Trajectory ----
        new()
        {
            GivenName = "Anita", FamilyName = "Lubbers", Gender = Gender.Female, Age = 47, Postcode = "7822 AH", City = "Emmen",
            Education = EducationLevel.UpperSecondary, StartQualification = true, Wishes = [Sector.Care], Hours = 24, HeardVia = HeardVia.Municipality,
            WorkExperience = "Twaalf jaar verzorgende IG in een verpleeghuis, daarna mantelzorger voor haar moeder.",
            Submitted = 210, Decided = 205, Coach = Sanne,
            Moves = [Plan(190), Trajectory(170)],
            Barriers = { [Health] = 1, [CareDuties] = 2, [Confidence] = 2 }, Limitations = "Geen nachtdiensten; tillen tot 15 kg.",
            Experience = [(Sector.Care, 12, "Verzorgende IG in een verpleeghuis")], Skills = [("Persoonlijke verzorging", 3), ("Rapporteren in het ECD", 2)],
            Spoken = [("nl", "C2"), ("de", "A2")],
        },
        new()
        {
            GivenName = "Sabine", FamilyName = "Wessels", Gender = Gender.Female, Age = 36, Postcode = "48529", City = "Nordhorn",
            Education = EducationLevel.UpperSecondary, Languages = ["de", "en"], Wishes = [Sector.CustomerService], Hours = 30,
            Route = DemoRoute.AgenturApi, Reason = "Nach sechs Jahren Familienzeit nicht erwerbstätig, kein Leistungsbezug. Möchte in Verwaltung oder Kundenservice.",
            Submitted = 180, Decided = 172, Coach = Lukas, ShareWithEmployers = true, ReferrerConsentWithdrawn = 60,
            Moves = [Plan(150), Trajectory(128)],
            Barriers = { [CareDuties] = 2, [DigitalSkills] = 1, [Confidence] = 1 },
            Experience = [(Sector.CustomerService, 7, "Kauffrau für Büromanagement bei einer Versicherung")], Skills = [("MS Office", 3), ("Telefonische Kundenberatung", 3)],
            Spoken = [("de", "C2"), ("en", "B1"), ("nl", "A1")], Preferences = "Vormittags; Homeoffice an einem Tag wäre schön.",
        },
        new()
        {
            GivenName = "Mohammed", FamilyName = "Al-Hassan", Gender = Gender.Male, Age = 31, Postcode = "7742 PL", City = "Coevorden",
            Education = EducationLevel.UpperSecondary, StartQualification = false, Languages = ["ar", "nl", "en"], Wishes = [Sector.Engineering], Hours = 40,
            WorkExperience = "Elektricien in Aleppo (diploma hier niet erkend).", Submitted = 160, Decided = 155, Coach = Sanne, ShareWithEmployers = true, ShareWithTrainingProviders = true,
            Moves = [Plan(135), Trajectory(112)],
            Barriers = { [Language] = 2, [Confidence] = 1 },
            Experience = [(Sector.Engineering, 6, "Elektricien woning- en utiliteitsbouw")], Skills = [("Elektrische installaties", 3), ("Schema's lezen", 3)],
            Spoken = [("ar", "C2"), ("nl", "B1"), ("en", "B2")],
        },
        new()
        {
            GivenName = "Jürgen", FamilyName = "Többen", Gender = Gender.Male, Age = 56, Postcode = "49733", City = "Haren (Ems)",
            Education = EducationLevel.LowerSecondary, Languages = ["de"], Wishes = [Sector.TransportLogistics, Sector.Engineering], Hours = 40,
            Route = DemoRoute.AgenturForm, Reason = "Nach Betriebsschließung arbeitslos, Anspruch ausgeschöpft, kein Leistungsbezug. Erfahrener Lagerist.",
            Submitted = 240, Decided = 232, Coach = Lukas, LastContact = 66,
            Moves = [Plan(215), Trajectory(198)],
            Barriers = { [Health] = 1, [Debts] = 1, [DigitalSkills] = 2 }, Limitations = "Nur Tagschicht; kein Heben über 15 kg.",
            Experience = [(Sector.TransportLogistics, 18, "Lagerist und Staplerfahrer"), (Sector.Engineering, 10, "Schlosser")],
            Skills = [("Staplerschein", 4), ("Schweißen (MAG)", 2)], Spoken = [("de", "C2"), ("nl", "A2")], DrivingLicence = true,
        },
        new()
        {
            GivenName = "Tessa", FamilyName = "Wubbels", Gender = Gender.Female, Age = 24, Postcode = "7891 TC", City = "Klazienaveen",
            Education = EducationLevel.LowerSecondary, StartQualification = false, Languages = ["nl", "en"], Wishes = [Sector.Hospitality, Sector.Retail], Hours = 32,
            HeardVia = HeardVia.SocialMedia, Submitted = 130, Decided = 124, Coach = Sanne, Ladder = 2,
            Moves = [Plan(108), Trajectory(92), Placed(50), Trajectory(30)],
            Barriers = { [Confidence] = 2, [Loneliness] = 1, [Debts] = 2 },
            Experience = [(Sector.Hospitality, 2, "Bediening in een lunchroom (bijbaan)")], Skills = [("Gastvrijheid", 3), ("Kassa", 2)],
            Spoken = [("nl", "C2"), ("en", "B2"), ("de", "A2")], DrivingLicence = false,
        },
        new()
        {
            GivenName = "Roelof", FamilyName = "Ensing", Gender = Gender.Male, Age = 44, Postcode = "7906 LB", City = "Hoogeveen",
            Education = EducationLevel.LowerSecondary, StartQualification = false, Wishes = [Sector.Engineering], Hours = 36,
            Route = DemoRoute.Uwv, Reason = "Langdurig buiten beeld, geen uitkering (partner verdient). Wil graag in de techniek aan de slag.",
            Submitted = 120, Decided = 115, Coach = Sanne,
            Moves = [Plan(95), Trajectory(80)],
            Barriers = { [Literacy] = 2, [DigitalSkills] = 2, [Confidence] = 1 },
            Experience = [(Sector.Engineering, 9, "Monteur kunststof kozijnen"), (Sector.Construction, 4, "Sloopwerk")],
            Skills = [("Lassen", 2), ("Heftruck rijden", 3)], Spoken = [("nl", "C2"), ("de", "B1")],
        },

        // ---- Placed ----
        new()
        {
            GivenName = "Monique", FamilyName = "Stoffers", Gender = Gender.Female, Age = 50, Postcode = "7875 AA", City = "Exloo",
            Education = EducationLevel.UpperSecondary, StartQualification = true, Wishes = [Sector.CustomerService], Hours = 24, HeardVia = HeardVia.Newspaper,
            Submitted = 220, Decided = 214, Coach = Sanne, ShareWithEmployers = true,
            Moves = [Plan(195), Trajectory(178), Placed(96)],
            Barriers = { [CareDuties] = 1, [DigitalSkills] = 1 },
            Experience = [(Sector.CustomerService, 11, "Receptioniste bij een garagebedrijf")], Skills = [("Telefoneren", 4), ("Afsprakenplanning", 3)],
            Spoken = [("nl", "C2"), ("en", "B1"), ("de", "B1")],
        },
        new()
        {
            GivenName = "Thomas", FamilyName = "Schepers", Gender = Gender.Male, Age = 33, Postcode = "48455", City = "Bad Bentheim",
            Education = EducationLevel.LowerSecondary, Languages = ["de", "en"], Wishes = [Sector.TransportLogistics], Hours = 40,
            Route = DemoRoute.AgenturApi, Reason = "Ausbildung abgebrochen, seit vier Jahren ohne Arbeit und ohne Leistungen, wohnt bei den Eltern.",
            Submitted = 260, Decided = 251, Coach = Lukas, LastContact = 92, Ladder = 2,
            Moves = [Plan(236), Trajectory(216), Placed(150)],
            Barriers = { [Confidence] = 2, [Loneliness] = 2 },
            Experience = [(Sector.TransportLogistics, 1, "Aushilfe Paketzustellung")], Skills = [("Führerschein B", 3)], Spoken = [("de", "C2"), ("en", "B1"), ("nl", "A2")],
        },
        new()
        {
            GivenName = "Bert", FamilyName = "Oosting", Gender = Gender.Male, Age = 63, Postcode = "7761 AE", City = "Schoonebeek", Benefit = BenefitSituation.Ww,
            Education = EducationLevel.LowerSecondary, StartQualification = true, Languages = ["nl", "de"], Wishes = [Sector.Construction, Sector.Cleaning], Hours = 20,
            Route = DemoRoute.Uwv, Reason = "WW loopt over zes weken af; daarna geen inkomen. Ervaren in de bouw, zoekt lichter werk.", Ineligible = "benefit",
            Submitted = 200, Decided = 193, Coach = Sanne, Override = "WW eindigt binnen zes weken; daarna valt hij onder de stille reserve. Afgestemd met UWV Emmen.",
            Moves = [Plan(178), Trajectory(160), Placed(44)],
            Barriers = { [Health] = 2 }, Limitations = "Geen zwaar tilwerk; niet op hoogte werken.",
            Experience = [(Sector.Construction, 35, "Timmerman, later voorman")], Skills = [("Timmerwerk", 4), ("Leidinggeven aan een kleine ploeg", 3)],
            Spoken = [("nl", "C2"), ("de", "B2")], Preferences = "Werk over de grens in Emlichheim is goed.",
        },
        new()
        {
            GivenName = "Nicole", FamilyName = "Tieben", Gender = Gender.Female, Age = 29, Postcode = "49824", City = "Emlichheim",
            Education = EducationLevel.UpperSecondary, Languages = ["de", "nl"], Wishes = [Sector.Care], Hours = 30, HeardVia = HeardVia.Employer,
            Submitted = 170, Decided = 163, Coach = Lukas, ShareWithEmployers = true,
            Moves = [Plan(148), Trajectory(130), Placed(20)],
            Barriers = { [CareDuties] = 1, [Transport] = 2 },
            Experience = [(Sector.Care, 3, "Pflegehelferin (Praktikum und Aushilfe)")], Skills = [("Grundpflege", 2)], Spoken = [("de", "C2"), ("nl", "B1")],
            Preferences = "Möchte in einer Pflegeeinrichtung in Coevorden arbeiten.",
        },

        // ---- Durable ----
        new()
        {
            GivenName = "Jan-Willem", FamilyName = "Hofstra", Gender = Gender.Male, Age = 39, Postcode = "7824 JK", City = "Emmen",
            Education = EducationLevel.UpperSecondary, StartQualification = true, Languages = ["nl", "en", "de"], Wishes = [Sector.Ict], Hours = 40, HeardVia = HeardVia.SocialMedia,
            Submitted = 272, Decided = 268, Coach = Sanne, ShareWithEmployers = true,
            Moves = [Plan(255), Trajectory(240), Placed(214), Durable(30)],
            Barriers = { [Confidence] = 2, [Loneliness] = 1 },
            Experience = [(Sector.Ict, 4, "Helpdeskmedewerker")], Skills = [("Windows-beheer", 3), ("Netwerken", 2), ("Python", 1)],
            Spoken = [("nl", "C2"), ("en", "C1"), ("de", "B1")],
        },
        new()
        {
            GivenName = "Anja", FamilyName = "Robben", Gender = Gender.Female, Age = 46, Postcode = "49811", City = "Lingen (Ems)",
            Education = EducationLevel.UpperSecondary, Languages = ["de"], Wishes = [Sector.Retail, Sector.CustomerService], Hours = 25,
            Route = DemoRoute.AgenturForm, Reason = "Seit der Pflege der Mutter nicht erwerbstätig, kein Leistungsbezug. Erfahrung im Einzelhandel.",
            Submitted = 268, Decided = 262, Coach = Lukas,
            Moves = [Plan(247), Trajectory(231), Placed(205), Durable(21)],
            Barriers = { [CareDuties] = 1, [DigitalSkills] = 2 },
            Experience = [(Sector.Retail, 9, "Verkäuferin in einem Modegeschäft")], Skills = [("Kassensystem", 3), ("Warenpräsentation", 3)], Spoken = [("de", "C2"), ("nl", "A1")],
        },
        new()
        {
            GivenName = "Ilse", FamilyName = "Meijering", Gender = Gender.Female, Age = 53, Postcode = "7913 TS", City = "Hollandscheveld",
            Education = EducationLevel.LowerSecondary, StartQualification = false, Wishes = [Sector.Cleaning, Sector.Care], Hours = 20,
            Route = DemoRoute.Uwv, Reason = "Jaren thuis geweest, geen uitkering. Wil een paar dagdelen per week werken.",
            Submitted = 265, Decided = 258, Coach = Sanne,
            Moves = [Plan(240), Trajectory(226), Placed(198), Durable(14)],
            Barriers = { [Health] = 1, [Confidence] = 1 }, Limitations = "Niet langer dan vier uur per dag staand werk.",
            Experience = [(Sector.Cleaning, 6, "Huishoudelijke hulp")], Skills = [("Schoonmaken volgens werkschema", 3)], Spoken = [("nl", "C2")],
        },

        // ---- Exited ----
        new()
        {
            GivenName = "Kevin", FamilyName = "Dijkhuis", Gender = Gender.Male, Age = 22, Postcode = "7873 BA", City = "Odoorn",
            Education = EducationLevel.LowerSecondary, StartQualification = false, Wishes = [Sector.Construction], Hours = 40, HeardVia = HeardVia.SocialMedia,
            Submitted = 70, Decided = 64, Coach = Sanne, Ladder = 2,
            Moves = [Exited(40, ExitReason.ContactLost, "na drie afspraken en twee brieven geen contact meer")],
            Barriers = { [Confidence] = 2, [Debts] = 1 },
            Spoken = [("nl", "C2"), ("en", "B1")],
        },
        new()
        {
            GivenName = "Patrick", FamilyName = "Mulder", Gender = Gender.Male, Age = 35, Postcode = "7813 EK", City = "Emmen",
            Education = EducationLevel.UpperSecondary, StartQualification = true, Wishes = [Sector.TransportLogistics], Hours = 40,
            Submitted = 265, Decided = 258, Coach = Sanne,
            // Left a little over six months ago: his follow-up after leaving is due on Vandaag.
            Moves = [Plan(230), Exited(190, ExitReason.MovedAway, "verhuisd naar Zwolle voor het werk van zijn partner")],
            Barriers = { [Transport] = 1 },
            Experience = [(Sector.TransportLogistics, 7, "Magazijnmedewerker")], Spoken = [("nl", "C2"), ("en", "B2")],
        },
        new()
        {
            GivenName = "Stefanie", FamilyName = "Brinker", Gender = Gender.Female, Age = 26, Postcode = "48531", City = "Nordhorn",
            Education = EducationLevel.UpperSecondary, Languages = ["de", "en"], Wishes = [Sector.Care], Hours = 39,
            Route = DemoRoute.AgenturApi, Reason = "Nach dem Abitur ohne Ausbildung und ohne Leistungen; Interesse an Gesundheitsberufen.",
            Submitted = 230, Decided = 222, Coach = Lukas,
            Moves = [Plan(200), Trajectory(182), Exited(120, ExitReason.StartedTraining, "beginnt eine Ausbildung zur Medizinischen Fachangestellten")],
            Barriers = { [Confidence] = 1 },
            Spoken = [("de", "C2"), ("en", "B2")],
        },
        new()
        {
            GivenName = "Ria", FamilyName = "Dijkstra", Gender = Gender.Female, Age = 57, Postcode = "7751 CD", City = "Dalen",
            Education = EducationLevel.LowerSecondary, StartQualification = true, Wishes = [Sector.Care, Sector.Cleaning], Hours = 16,
            Route = DemoRoute.Uwv, Reason = "Geen uitkering na scheiding; wil weer onder de mensen zijn en iets verdienen.",
            Submitted = 190, Decided = 182, Coach = Sanne,
            Moves = [Plan(160), Trajectory(140), Exited(85, ExitReason.Health, "stopt op eigen verzoek; mag zich later opnieuw aanmelden")],
            Barriers = { [Health] = 2, [Loneliness] = 2 }, Limitations = "Kan maximaal twee dagdelen per week werken; geen werk met tillen.",
            Spoken = [("nl", "C2")],
        },

        // ---- Meedoen Werkt (Oude IJsselstreek, people on bijstand), coach Ineke Wolters ----
        new()
        {
            GivenName = "Gerard", FamilyName = "te Brake", Gender = Gender.Male, Age = 48, Postcode = "7071 BK", City = "Ulft", Benefit = BenefitSituation.Bijstand,
            Programme = Meedoen, Education = EducationLevel.LowerSecondary, StartQualification = true, Wishes = [Sector.Engineering], Hours = 36, HeardVia = HeardVia.Municipality,
            Submitted = 18, Decided = 13, Coach = Ineke,
            Barriers = { [Debts] = 2, [DigitalSkills] = 1 },
            Experience = [(Sector.Engineering, 20, "Productiemedewerker gieterij")], Skills = [("Kraan bedienen", 3)], Spoken = [("nl", "C2"), ("de", "B1")],
        },
        new()
        {
            GivenName = "Miranda", FamilyName = "Wissink", Gender = Gender.Female, Age = 37, Postcode = "7061 AD", City = "Terborg", Benefit = BenefitSituation.Bijstand,
            Programme = Meedoen, Education = EducationLevel.LowerSecondary, StartQualification = false, Wishes = [Sector.Retail, Sector.Cleaning], Hours = 24, HeardVia = HeardVia.Municipality,
            Submitted = 80, Decided = 74, Coach = Ineke,
            Moves = [Plan(55)],
            Barriers = { [CareDuties] = 2, [Debts] = 1, [Confidence] = 2 },
            Experience = [(Sector.Retail, 4, "Vakkenvuller")], Skills = [("Voorraadbeheer", 2)], Spoken = [("nl", "C2")],
        },
        new()
        {
            GivenName = "Hatice", FamilyName = "Demir", Gender = Gender.Female, Age = 43, Postcode = "7081 CA", City = "Gendringen", Benefit = BenefitSituation.Bijstand,
            Programme = Meedoen, Education = EducationLevel.LowerSecondary, Languages = ["tr", "nl"], Wishes = [Sector.Care], Hours = 20,
            Submitted = 140, Decided = 133, Coach = Ineke, ShareWithEmployers = true,
            Moves = [Plan(118), Trajectory(100)],
            Barriers = { [Language] = 2, [Health] = 1, [Confidence] = 1 }, Limitations = "Geen werk waarbij lang gebukt moet worden.",
            Experience = [(Sector.Care, 2, "Vrijwilliger in een zorgcentrum")], Skills = [("Koken voor groepen", 3)], Spoken = [("tr", "C2"), ("nl", "A2")],
        },
        new()
        {
            GivenName = "Erik", FamilyName = "Bussink", Gender = Gender.Male, Age = 29, Postcode = "7051 EB", City = "Varsseveld", Benefit = BenefitSituation.Bijstand,
            Programme = Meedoen, Education = EducationLevel.LowerSecondary, StartQualification = false, Wishes = [Sector.TransportLogistics], Hours = 40,
            Submitted = 110, Decided = 104, Coach = Ineke, LastContact = 64,
            Moves = [Plan(90), Trajectory(70)],
            Barriers = { [Debts] = 3, [Confidence] = 1 },
            Experience = [(Sector.TransportLogistics, 3, "Bijrijder pakketbezorging")], Skills = [("Rijbewijs B", 3)], Spoken = [("nl", "C2"), ("en", "B1")],
        },
        new()
        {
            GivenName = "Stijn", FamilyName = "Heijink", Gender = Gender.Male, Age = 55, Postcode = "7064 BN", City = "Silvolde", Benefit = BenefitSituation.Bijstand,
            Programme = Meedoen, Education = EducationLevel.LowerSecondary, StartQualification = true, Wishes = [Sector.Engineering, Sector.Cleaning], Hours = 32,
            Submitted = 200, Decided = 192, Coach = Ineke,
            Moves = [Plan(175), Trajectory(160), Placed(60)],
            Barriers = { [Loneliness] = 1, [DigitalSkills] = 2 },
            Experience = [(Sector.Engineering, 25, "Onderhoudsmonteur")], Skills = [("Storingen opsporen", 3)], Spoken = [("nl", "C2"), ("de", "B2")],
        },

        // ---- Still in the intake queue ----
        new()
        {
            GivenName = "Linda", FamilyName = "Boelens", Gender = Gender.Female, Age = 41, Postcode = "7902 KM", City = "Hoogeveen",
            Education = EducationLevel.UpperSecondary, StartQualification = true, Wishes = [Sector.Care, Sector.Education], Hours = 24, HeardVia = HeardVia.Newspaper,
            Submitted = 2,
        },
        new()
        {
            GivenName = "Lena", FamilyName = "Gerdes", Gender = Gender.Female, Age = 23, Postcode = "49740", City = "Haselünne",
            Education = EducationLevel.UpperSecondary, Languages = ["de", "en"], Wishes = [Sector.Hospitality], Hours = 30, HeardVia = HeardVia.SocialMedia,
            Submitted = 5, ShareWithEmployers = true,
        },
        new()
        {
            GivenName = "Wim", FamilyName = "Tiesing", Gender = Gender.Male, Age = 59, Postcode = "7842 AT", City = "Sleen",
            Education = EducationLevel.LowerSecondary, StartQualification = true, Wishes = [Sector.TransportLogistics], Hours = 40,
            Route = DemoRoute.Uwv, Reason = "Twee jaar zonder werk en zonder uitkering na ontslag; zoekt werk als chauffeur.", Submitted = 9,
        },
        new()
        {
            GivenName = "Frank", FamilyName = "Kötter", Gender = Gender.Male, Age = 44, Postcode = "49828", City = "Neuenhaus",
            Education = EducationLevel.LowerSecondary, Languages = ["de"], Wishes = [Sector.Construction], Hours = 40,
            Route = DemoRoute.AgenturApi, Reason = "Maurer, nach Bandscheibenproblemen seit zwei Jahren ohne Arbeit und ohne Leistungen; sucht leichtere Tätigkeit.",
            Submitted = 16,
        },
        new()
        {
            GivenName = "Yvonne", FamilyName = "Drenth", Gender = Gender.Female, Age = 49, Postcode = "7908 AB", City = "Hoogeveen",
            Education = EducationLevel.UpperSecondary, StartQualification = true, Wishes = [Sector.CustomerService], Hours = 28, HeardVia = HeardVia.FamilyOrFriends,
            Submitted = 23,
        },
        new()
        {
            GivenName = "Kerstin", FamilyName = "Egbers", Gender = Gender.Female, Age = 31, Postcode = "49074", City = "Osnabrück",
            Education = EducationLevel.Tertiary, Languages = ["de", "en"], Wishes = [Sector.Ict], Hours = 40, Ineligible = "region",
            Submitted = 3,
        },
        new()
        {
            GivenName = "Sandra", FamilyName = "Kuipers", Gender = Gender.Female, Age = 46, Postcode = "7742 RS", City = "Coevorden", Benefit = BenefitSituation.Ww,
            Education = EducationLevel.UpperSecondary, StartQualification = true, Wishes = [Sector.CustomerService, Sector.Retail], Hours = 32,
            Route = DemoRoute.Uwv, Reason = "WW loopt nog acht maanden; wil eerder aan het werk en vraagt om begeleiding.", Ineligible = "benefit",
            Submitted = 6,
        },
        new()
        {
            GivenName = "Daan", FamilyName = "Lanting", Gender = Gender.Male, Age = 17, Postcode = "9521 AB", City = "Nieuw-Buinen",
            Education = EducationLevel.LowerSecondary, StartQualification = false, Wishes = [Sector.Engineering], Hours = 40, HeardVia = HeardVia.SocialMedia, Ineligible = "age",
            Submitted = 1,
        },
        new()
        {
            // Gerrit Brouwer, already a participant through UWV, also filled in the form himself.
            GivenName = "Gerrit", FamilyName = "Brouwer", Gender = Gender.Male, Age = 58, Postcode = "7901 AC", City = "Hoogeveen", DuplicateOf = "Gerrit Brouwer",
            Email = "g.brouwer58@example.nl", Education = EducationLevel.LowerSecondary, Wishes = [Sector.TransportLogistics], Hours = 40, HeardVia = HeardVia.Uwv,
            Submitted = 4,
        },
        new()
        {
            GivenName = "Sven", FamilyName = "Hoving", Gender = Gender.Male, Age = 30, Postcode = "7765 AK", City = "Weiteveen",
            Email = "sven.hoving@example.nl", Education = EducationLevel.UpperSecondary, StartQualification = true, Wishes = [Sector.Ict, Sector.CustomerService], Hours = 36,
            Submitted = 12,
        },
        new()
        {
            // The next day he applied again, with another e-mail address.
            GivenName = "Sven", FamilyName = "Hoving", Gender = Gender.Male, Age = 30, Postcode = "7765 AK", City = "Weiteveen", DuplicateOf = "Sven Hoving",
            Email = "s.hoving@example.nl", Education = EducationLevel.UpperSecondary, StartQualification = true, Wishes = [Sector.Ict], Hours = 36,
            Submitted = 11,
        },
        new()
        {
            GivenName = "Bianca", FamilyName = "Roerdink", Gender = Gender.Female, Age = 35, Postcode = "7075 AB", City = "Etten", Benefit = BenefitSituation.Bijstand,
            Programme = Meedoen, Education = EducationLevel.LowerSecondary, StartQualification = false, Wishes = [Sector.Cleaning, Sector.Hospitality], Hours = 20,
            HeardVia = HeardVia.Municipality, Submitted = 4,
        },

        // ---- Declined ----
        new()
        {
            GivenName = "Marco", FamilyName = "Smit", Gender = Gender.Male, Age = 38, Postcode = "9712 CP", City = "Groningen", Ineligible = "region",
            Education = EducationLevel.UpperSecondary, Wishes = [Sector.TransportLogistics], Hours = 40,
            Submitted = 40, Decided = 35, Coach = Sanne,
            Declined = "Woont in Groningen, buiten de regio van dit programma. Doorverwezen naar het Werkplein in Groningen.",
        },
        new()
        {
            GivenName = "Peter", FamilyName = "de Jonge", Gender = Gender.Male, Age = 45, Postcode = "7825 VE", City = "Emmen",
            Education = EducationLevel.UpperSecondary, Wishes = [Sector.Engineering], Hours = 40,
            Route = DemoRoute.Uwv, Reason = "Geen uitkering, zoekt werk als monteur.",
            Submitted = 100, Decided = 95, DecidedByLead = true,
            Declined = "Heeft inmiddels zelf een vaste baan gevonden; een traject is niet nodig.",
        },
    ];
}
