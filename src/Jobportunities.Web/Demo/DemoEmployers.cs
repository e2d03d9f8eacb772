using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;

namespace Jobportunities.Web.Demo;

internal sealed record DemoVacancy(
    string Title, decimal Hours, string? Requirements, int Openings = 1, bool CreatedWorkplace = false, Sector? Sector = null,
    string? Postcode = null, string Programme = DemoDataSeeder.MainProgrammeCode, VacancyStatus Status = VacancyStatus.Open);

internal sealed record DemoEmployer(
    string Name, string Country, string Registration, Sector Sector, string Street, string Postcode, string City, string? Notes,
    (string Name, string? Role, string? Email, string? Phone)[] Contacts, DemoVacancy[] Vacancies);

/// <summary>The demo employers: invented companies and numbers in real towns of the demo regions.</summary>
internal static class DemoEmployers
{
    private const string Osnabrueck = "Amtsgericht Osnabrück";

    public static readonly IReadOnlyList<DemoEmployer> All =
    [
        new("Zorggroep Emmerhout", "NL", "04123871", Sector.Care, "Houtweg 12", "7823 PA", "Emmen", "Werkt graag met proefplaatsingen; vaste begeleider op de afdeling.",
            [("Ilse Wubbels", "Teamleider HR", "i.wubbels@zorggroep-emmerhout.example", "0591 612 300")],
            [
                new("Helpende wonen en zorg", 24, "Persoonlijke verzorging van bewoners, rapporteren in het ECD. Geduldig en betrouwbaar.", Openings: 2),
                new("Gastvrouw/-heer restaurant zorgcentrum", 16, "Gastvrijheid, koffie en maaltijden rondbrengen, contact met bewoners.", CreatedWorkplace: true, Sector: Sector.Hospitality),
            ]),
        new("TechniekWerkt Coevorden B.V.", "NL", "04187236", Sector.Engineering, "Europark Allee 8", "7742 NA", "Coevorden", null,
            [("Gerrit Lubbers", "Productieleider", "g.lubbers@techniekwerkt.example", "0524 590 210")],
            [
                new("Monteur elektrische installaties", 38, "Elektrische installaties aanleggen, schema's lezen, storingen opsporen. VCA is een pré."),
                new("Productiemedewerker metaal", 32, "Lassen (MIG/MAG), heftruck rijden, werken in ploegen.", Openings: 3),
            ]),
        new("Bouwbedrijf Hondsrug", "NL", "01093415", Sector.Construction, "Industrieweg 40", "7811 AD", "Emmen", "Leerwerkplekken in samenwerking met het Drenthe College.",
            [("Harm Kuipers", "Uitvoerder", "harm@bouwbedrijf-hondsrug.example", "06 1234 5678")],
            [
                new("Timmerman renovatie", 40, "Timmerwerk, leidinggeven aan een kleine ploeg, rijbewijs B."),
                new("Assistent bouwplaats", 24, "Handen uit de mouwen, op tijd komen. Wij leren je het vak.", CreatedWorkplace: true),
            ]),
        new("Transport Drenthe Grens B.V.", "NL", "04211568", Sector.TransportLogistics, "Transportweg 5", "7741 KZ", "Coevorden", null,
            [("Anouk Veldman", "Planner", "planning@tdg.example", "0524 531 000"), ("Bert Hoving", "Directeur", null, "0524 531 001")],
            [
                new("Chauffeur internationaal (C/E)", 40, "Rijbewijs C/E met code 95, ritplanning, Duits spreken is een pré."),
                new("Orderpicker", 32, "Heftruck rijden, WMS-handscanner, Excel basis.", Openings: 4),
            ]),
        new("Hotel De Brink", "NL", "01068842", Sector.Hospitality, "Marktplein 3", "7811 AM", "Emmen", null,
            [("Sanne Hofstee", "Bedrijfsleider", "sanne@hoteldebrink.example", "0591 634 455")],
            [
                new("Medewerker housekeeping", 20, "Kamers schoonmaken volgens werkschema, hygiëne (HACCP).", Openings: 2, Sector: Sector.Cleaning),
                new("Hulpkok", 28, "Koken voor groepen, hygiëne (HACCP).", Status: VacancyStatus.Filled),
            ]),
        new("KlantContact Noord", "NL", "04245190", Sector.CustomerService, "Stationsplein 2", "7901 BA", "Hoogeveen", "Eigen opleiding van vier weken; thuiswerken na de inwerkperiode.",
            [("Marloes Bakker", "Recruiter", "werken@klantcontactnoord.example", "0528 760 760")],
            [
                new("Klantenservicemedewerker", 24, "Telefoneren, klantcontact, afsprakenplanning, MS Office.", Openings: 5),
            ]),
        new("Datalab Hoogeveen", "NL", "04276345", Sector.Ict, "Van Echtenstraat 7", "7903 AB", "Hoogeveen", null,
            [("Yusuf Demir", "Teamlead beheer", "yusuf@datalab.example", null)],
            [
                new("Junior systeembeheerder", 36, "Windows-beheer, netwerken, scripts in Python is een pré."),
                new("Servicedesk medewerker", 32, "Telefoneren, klantcontact, Windows-beheer.", Sector: Sector.CustomerService, Status: VacancyStatus.Closed),
            ]),
        new("Woonzorg De Venen", "NL", "01102877", Sector.Care, "Zuiderweg 66", "7906 LB", "Hoogeveen", null,
            [("Petra Mulder", "Locatiemanager", "p.mulder@woonzorgdevenen.example", "0528 280 800")],
            [
                new("Woonbegeleider (gecreëerde werkplek)", 20, "Omgaan met ouderen, rapporteren, koken voor groepen.", CreatedWorkplace: true),
            ]),
        new("Emsland Pflege gGmbH", "DE", $"HRB 204511 {Osnabrueck}", Sector.Care, "Am Neuen Markt 4", "49716", "Meppen", "Zweisprachiges Team; Anerkennung niederländischer Abschlüsse wird begleitet.",
            [("Birgit Schulte", "Pflegedienstleitung", "b.schulte@emsland-pflege.example", "05931 40 50 60")],
            [
                new("Pflegehelfer/in", 30, "Grundpflege, Dokumentation, Deutsch mindestens B1.", Openings: 2),
            ]),
        new("Lingener Anlagenbau GmbH", "DE", $"HRB 131877 {Osnabrueck}", Sector.Engineering, "Industriepark Süd 11", "49808", "Lingen (Ems)", null,
            [("Thomas Brüning", "Personal", "personal@lingener-anlagenbau.example", "0591 91 22 0")],
            [
                new("Schweißer/in (MAG)", 40, "Schweißen (MAG), Staplerschein, Zeichnungen lesen."),
                new("Mitarbeiter/in Montage", 35, "CNC-Bearbeitung, Möbelbau oder Metallbau, Führerschein B.", Openings: 2),
            ]),
        new("Vechtetal Logistik GmbH", "DE", $"HRB 205934 {Osnabrueck}", Sector.TransportLogistics, "Hafenstraße 20", "48529", "Nordhorn", null,
            [("Jan Többen", "Niederlassungsleiter", "j.toebben@vechtetal-logistik.example", "05921 7 13 00")],
            [
                new("Lagermitarbeiter/in", 38, "Staplerschein, Scanner, Schichtbereitschaft.", Openings: 3),
                new("Fahrer/in Nahverkehr (C)", 40, "Führerschein C, Kundenkontakt, Ritplanning.", CreatedWorkplace: true),
            ]),
        new("Papenburger Werftservice GmbH", "DE", $"HRB 110342 {Osnabrueck}", Sector.Engineering, "Werftstraße 2", "26871", "Papenburg", null,
            [("Hauke Janssen", "Ausbildungsleiter", "ausbildung@werftservice.example", "04961 8 20 0")],
            [
                new("Elektrohelfer/in Schiffbau", 38, "Elektrische Installationen, Schaltpläne lesen, Teamarbeit."),
            ]),
        new("Grafschafter Bau GmbH & Co. KG", "DE", $"HRA 200871 {Osnabrueck}", Sector.Construction, "Denekamper Straße 50", "48527", "Nordhorn", "Grenzgänger willkommen: Baustellen in Nordhorn und Emmen.",
            [("Dirk Kamps", "Bauleiter", "kamps@grafschafter-bau.example", "05921 8 44 10")],
            [
                new("Bauhelfer/in", 40, "Körperlich fit, Führerschein B, Timmerwerk oder Holzbau ist ein Plus.", Openings: 2),
            ]),
        new("Hotel am Emsufer", "DE", $"HRB 130650 {Osnabrueck}", Sector.Hospitality, "Emsstraße 9", "49809", "Lingen (Ems)", null,
            [("Claudia Wessels", "Direktion", "info@hotel-emsufer.example", "0591 61 00 0")],
            [
                new("Servicekraft Frühstück", 20, "Gastfreundschaft, Kassensystem, Deutsch A2.", CreatedWorkplace: true),
            ]),
        new("Metaalbewerking Ulft", "NL", "09187446", Sector.Engineering, "DRU-terrein 3", "7071 AA", "Ulft", "Werkgever van Meedoen Werkt (Achterhoek).",
            [("Erik Ebbers", "Eigenaar", "erik@metaalbewerking-ulft.example", "0315 68 10 10")],
            [
                new("Leerling metaalbewerker", 32, "Lassen, heftruck rijden, leren in de praktijk.", CreatedWorkplace: true, Programme: DemoDataSeeder.SecondProgrammeCode),
            ]),
    ];
}
