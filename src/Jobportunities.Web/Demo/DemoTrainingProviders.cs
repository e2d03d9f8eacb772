using Jobportunities.Core.Common;
using Jobportunities.Core.Trajectories;

namespace Jobportunities.Web.Demo;

/// <summary>A dozen demo training providers on both sides of the border, with courses in zorg, ICT, techniek, bouw and transport &amp; logistiek.</summary>
internal static class DemoTrainingProviders
{
    private sealed record C(string Title, Sector Sector, int Level, decimal Cost, int Weeks, string? Description = null);

    private static readonly (string Name, string Country, string City, string Postcode, C[] Courses)[] Data =
    [
        ("Drenthe College Emmen", "NL", "Emmen", "7811 KL",
            [new("Helpende Zorg & Welzijn (mbo 2, bbl)", Sector.Care, 2, 2800m, 40), new("Medewerker ICT-support (mbo 2)", Sector.Ict, 2, 2600m, 40)]),
        ("Alfa-college Hoogeveen", "NL", "Hoogeveen", "7906 AA",
            [new("Logistiek medewerker (mbo 2)", Sector.TransportLogistics, 2, 2200m, 30), new("Basisvakman bouw (mbo 1)", Sector.Construction, 1, 1900m, 26)]),
        ("Zorgacademie Zuidoost-Drenthe", "NL", "Emmen", "7824 AA",
            [new("Verzorgende IG (mbo 3, bbl)", Sector.Care, 3, 4500m, 104), new("Zorghulp, korte opleiding", Sector.Care, 1, 900m, 12)]),
        ("Techniekcentrum Coevorden", "NL", "Coevorden", "7741 AA",
            [new("Operator procestechniek (mbo 2)", Sector.Engineering, 2, 3200m, 36), new("Lasser MIG/MAG", Sector.Engineering, 2, 2400m, 16)]),
        ("Bouwopleidingen Drenthe", "NL", "Hoogeveen", "7903 AA",
            [new("Timmerman (mbo 2, bbl)", Sector.Construction, 2, 3600m, 52), new("VCA Basisveiligheid", Sector.Construction, 1, 250m, 1)]),
        ("Transport Opleidingen Emmen", "NL", "Emmen", "7812 AA",
            [new("Rijbewijs C met code 95", Sector.TransportLogistics, 2, 5500m, 16), new("Heftruckchauffeur", Sector.TransportLogistics, 1, 450m, 1)]),
        ("Ländliche Erwachsenenbildung Emsland", "DE", "Meppen", "49716",
            [new("Pflegehelfer/in (Basiskurs)", Sector.Care, 2, 1900m, 12), new("Deutsch für den Beruf (B1)", Sector.Other, 2, 800m, 16)]),
        ("Berufsbildungszentrum Lingen", "DE", "Lingen (Ems)", "49808",
            [new("Fachkraft für Lagerlogistik (Umschulung)", Sector.TransportLogistics, 3, 6500m, 104), new("Elektrofachkraft für festgelegte Tätigkeiten", Sector.Engineering, 3, 2700m, 12)]),
        ("Pflegeschule Grafschaft Bentheim", "DE", "Nordhorn", "48529",
            [new("Pflegefachassistenz", Sector.Care, 3, 4800m, 52)]),
        ("IT-Akademie Nordhorn", "DE", "Nordhorn", "48531",
            [new("IT-Grundlagen und Office", Sector.Ict, 1, 950m, 8), new("Fachinformatiker/in Systemintegration (Umschulung)", Sector.Ict, 4, 9800m, 104)]),
        ("Logistikzentrum Papenburg", "DE", "Papenburg", "26871",
            [new("Berufskraftfahrer/in Güterverkehr", Sector.TransportLogistics, 3, 7200m, 20), new("Staplerschein", Sector.TransportLogistics, 1, 350m, 1)]),
        ("Bau-ABC Emsland", "DE", "Haren (Ems)", "49733",
            [new("Baumaschinenführer/in", Sector.Construction, 3, 5200m, 26), new("Fliesenleger/in Grundkurs", Sector.Construction, 2, 1500m, 8)]),
    ];

    /// <summary>The providers with their courses and runs: one run started a month ago, then runs in two weeks, six weeks and three months.</summary>
    public static IReadOnlyList<TrainingProvider> Create(DateOnly today)
    {
        var providers = new List<TrainingProvider>();
        foreach (var (name, country, city, postcode, courses) in Data)
        {
            var provider = new TrainingProvider(name, country, city, postcode);
            for (var i = 0; i < courses.Length; i++)
            {
                var c = courses[i];
                var course = provider.AddCourse(new CourseDetails(c.Title, c.Sector, c.Level, country == "DE" ? "de" : "nl", postcode, city, c.Cost, c.Weeks, c.Description));
                var seats = 8 + ((providers.Count + i) % 3 * 4);
                course.AddRun(today.AddDays(-30 - (7 * i)), seats);
                course.AddRun(today.AddDays(14 + (7 * i)), seats);
                course.AddRun(today.AddDays(42 + (7 * i)), seats);
                course.AddRun(today.AddDays(91), seats);
            }

            providers.Add(provider);
        }

        // One small run that the demo plans fill, to show a full course.
        providers[0].Courses.First().AddRun(today.AddDays(21), 1);
        return providers;
    }
}
