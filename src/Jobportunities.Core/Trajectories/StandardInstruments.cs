namespace Jobportunities.Core.Trajectories;

/// <summary>
/// The standard catalogue a fresh installation starts with, in every environment (reference
/// data, not demo data). Leads and administrators change it afterwards at /instruments.
/// </summary>
public static class StandardInstruments
{
    public const string TrainingCode = "opleiding";
    public const string WorkBasedLearningCode = "praktijkleren";

    public static IReadOnlyList<Instrument> Create() =>
    [
        New("werkfit", "Werkfit maken", "Arbeitsfähigkeit herstellen", "Getting work-fit",
            "Ritme, werkhouding en belastbaarheid opbouwen, bijvoorbeeld in een leerwerkplaats.", null, 1500m),
        New("cv-solliciteren", "CV en solliciteren", "Lebenslauf und Bewerbung", "CV and job applications",
            "Een sterk cv, een sollicitatiebrief en gesprekken oefenen.", null, 350m),
        New("taaltraining", "Taaltraining", "Sprachkurs", "Language training",
            "Nederlands of Duits voor de werkvloer, van A1 tot B2.", null, 1200m),
        New(TrainingCode, "Opleiding", "Weiterbildung (Kursplatz)", "Training course",
            "Een opleidingsplaats bij een opleider in Nederland of een Bildungsträger in Duitsland.", null, 2500m, InstrumentKind.Training),
        New(WorkBasedLearningCode, "Praktijkleren", "Praxislernen", "Work-based learning",
            "Leren in de praktijk bij een leerbedrijf; sluit af met een Verklaring Praktijkleren.", null, 1800m, InstrumentKind.WorkBasedLearning),
        New("proefplaatsing", "Proefplaatsing", "Probearbeit", "Work trial",
            "Onbetaald meewerken bij een werkgever om te zien of het werk past (maximaal twee maanden).", null, 0m),
        New("jobcoaching", "Jobcoaching", "Jobcoaching", "Job coaching",
            "Begeleiding op de werkplek in de eerste maanden van het werk.", "Jobcoach van het programma", 1250m),
        New("matching", "Matching met werkgevers", "Vermittlung an Arbeitgeber", "Matching with employers",
            "Kennismaken met werkgevers, bijvoorbeeld op een Meedoenplein.", "Werkgeversadviseur van het programma", 0m),
        New("schuldhulp-verwijzing", "Verwijzing schuldhulpverlening", "Vermittlung an die Schuldnerberatung", "Referral to debt counselling",
            "Warme overdracht naar de schuldhulpverlening van de gemeente of de Schuldnerberatung.", "Gemeente / Schuldnerberatung", 0m),
        New("digitale-vaardigheden", "Digitale vaardigheden", "Digitale Kompetenzen", "Digital skills",
            "Werken met e-mail, DigiD, online solliciteren en een smartphone.", null, 450m),
        New("loopbaanorientatie", "Loopbaanoriëntatie", "Berufsorientierung", "Career orientation",
            "Uitzoeken welk werk past: interesses, sterke punten, beroepen en kansen in de regio.", null, 600m),
        New("mobiliteit", "Mobiliteit (rijbewijs, ov)", "Mobilität (Führerschein, ÖPNV)", "Mobility (driving licence, public transport)",
            "Reizen naar werk mogelijk maken: rijbewijs, fiets, openbaar vervoer over de grens.", null, 750m),
    ];

    private static Instrument New(string code, string nl, string de, string en, string description, string? provider, decimal cost, InstrumentKind kind = InstrumentKind.Standard) =>
        new(code, kind, new InstrumentTexts(nl, de, en, description), provider, cost);
}
