using System.Net.Http.Json;
using System.Text;
using Jobportunities.Core.Common;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Users;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Jobportunities.IntegrationTests.Security;

/// <summary>
/// Every endpoint of the app × every role, against the answers decided in <see cref="AuthorizationMatrix.Expected"/>.
/// The endpoints come from the app's own endpoint table: one that is missing from the matrix fails
/// the test, and so does a matrix row without an endpoint.
/// </summary>
public class AuthorizationMatrixTests(MatrixFactory factory, ITestOutputHelper output) : IClassFixture<MatrixFactory>
{
    [Fact]
    public async Task EveryEndpoint_AnswersEveryRole_AsTheMatrixSays()
    {
        var endpoints = AppEndpoints(factory);
        var missing = endpoints.Except(AuthorizationMatrix.Expected.Keys).Order().ToList();
        var stale = AuthorizationMatrix.Expected.Keys.Except(endpoints).Order().ToList();
        Assert.True(missing.Count == 0, "Endpoints without their rights decided in AuthorizationMatrix.Expected:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "Matrix rows without an endpoint:\n" + string.Join("\n", stale));

        var world = await MatrixWorld.ArrangeAsync(factory);
        var roles = Enum.GetValues<MatrixRole>();
        output.WriteLine($"{endpoints.Count} endpoints × {roles.Length} roles");

        var failures = new List<string>();
        var actualTable = new StringBuilder();
        // Sign-out last: it ends the sessions the other rows use.
        foreach (var endpoint in endpoints.OrderBy(e => e.EndsWith("account/logout", StringComparison.Ordinal)).ThenBy(e => e, StringComparer.Ordinal))
        {
            var (url, expected) = AuthorizationMatrix.Expected[endpoint];
            var codes = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(codes.Length == roles.Length, $"{endpoint}: {codes.Length} answers for {roles.Length} roles");
            var method = endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)];
            var actual = new string[roles.Length];

            // Refused roles first, so a POST that an allowed role makes cannot change what a later cell sees.
            foreach (var role in roles.OrderBy(r => codes[(int)r] == "A"))
            {
                var (code, writes) = await world.CallAsync(role, method, url);
                actual[(int)role] = code;
                if (code != codes[(int)role])
                {
                    failures.Add($"{endpoint} as {role}: expected {codes[(int)role]}, got {code}");
                }

                if (codes[(int)role] != "A" && writes.Count > 0)
                {
                    failures.Add($"{endpoint} as {role}: refused ({code}) but wrote {string.Join(", ", writes)}");
                }
            }

            actualTable.AppendLine($"        [\"{endpoint}\"] = (\"{url}\", \"{string.Join(' ', actual)}\"),");
        }

        if (failures.Count > 0)
        {
            output.WriteLine("Answers seen (to review, not to copy blindly):");
            output.WriteLine(actualTable.ToString());
        }

        Assert.True(failures.Count == 0, $"{failures.Count} cells differ:\n" + string.Join("\n", failures));
    }

    /// <summary>"GET participants/{id:int}", from the app's endpoint data source; no method means any (tested with GET).</summary>
    internal static List<string> AppEndpoints(MatrixFactory factory)
    {
        _ = factory.Server; // builds the host
        var source = factory.Services.GetRequiredService<EndpointDataSource>();
        var list = new List<string>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var template = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            foreach (var method in methods is { Count: > 0 } ? methods : ["ANY"])
            {
                list.Add($"{method} {template}");
            }
        }

        return list.Distinct().ToList();
    }
}

/// <summary>The roles of the matrix, in the column order of <see cref="AuthorizationMatrix.Expected"/>.</summary>
public enum MatrixRole
{
    Anonymous,
    CoachOfFile,
    OtherCoach,
    CoachElsewhere,
    StandIn,
    AdviserConsent,
    AdviserNoConsent,
    Lead,
    LeadElsewhere,
    Referrer,
    ReferrerElsewhere,
    Administrator,
}

/// <summary>The records and signed-in clients the matrix runs with: one database, one sign-in per role.</summary>
internal sealed class MatrixWorld
{
    public const string StandInEmail = "standin.matrix@jobportunities.test";
    public const string LeadElsewhereEmail = "lead.matrix@jobportunities.test";

    // The "no consent" adviser has an account of its own: enrolling an authenticator or signing out
    // renews the account's security stamp and so ends every other session of that account.
    public const string SecondAdviserEmail = "adviser.matrix@jobportunities.test";

    private readonly MatrixFactory _factory;
    private readonly Dictionary<MatrixRole, (HttpClient Client, string Token)> _clients = [];
    private readonly Dictionary<string, string> _ids = [];
    private string _fileWithoutConsent = "";

    private MatrixWorld(MatrixFactory factory) => _factory = factory;

    public static async Task<MatrixWorld> ArrangeAsync(MatrixFactory factory)
    {
        var world = new MatrixWorld(factory);
        await world.ArrangeRecordsAsync();
        foreach (var role in Enum.GetValues<MatrixRole>())
        {
            world._clients[role] = await world.SignInAsync(role);
        }

        return world;
    }

    /// <summary>Calls the url as the role; the answer as a code: A (allowed), F (403), N (404), L (login), U (401), E (5xx).</summary>
    public async Task<(string Code, IReadOnlyList<string> Writes)> CallAsync(MatrixRole role, string method, string url)
    {
        var (client, token) = _clients[role];
        var path = Fill(url, role);
        using var request = new HttpRequestMessage(method == "ANY" ? HttpMethod.Get : new HttpMethod(method), path);
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            if (role == MatrixRole.Referrer)
            {
                request.Headers.Add("X-Api-Key", DemoApiKeys.UwvEmmen);
            }
            else if (role == MatrixRole.ReferrerElsewhere)
            {
                request.Headers.Add("X-Api-Key", DemoApiKeys.AgenturNordhorn);
            }

            if (method == "POST")
            {
                request.Content = JsonContent.Create(new Dictionary<string, object?>());
            }
        }
        else if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        }

        _factory.Writes.Take();
        _factory.Writes.Enabled = true;
        using var response = await client.SendAsync(request);
        _factory.Writes.Enabled = false;
        var writes = _factory.Writes.Take();
        var status = (int)response.StatusCode;
        var code = status switch
        {
            >= 500 => "E",
            401 => "U",
            403 => "F",
            404 => "N",
            302 or 301 when response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.OrdinalIgnoreCase) == true => "L",
            _ => "A",
        };
        return (code, writes);
    }

    public HttpClient Client(MatrixRole role) => _clients[role].Client;

    public string Token(MatrixRole role) => _clients[role].Token;

    public string Fill(string url, MatrixRole role = MatrixRole.CoachOfFile)
    {
        var result = url;
        foreach (var (name, value) in _ids)
        {
            var id = name == "participant" && role == MatrixRole.AdviserNoConsent ? _fileWithoutConsent : value;
            result = result.Replace("{" + name + "}", id, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{", result);
        return result;
    }

    private async Task<(HttpClient, string)> SignInAsync(MatrixRole role)
    {
        var client = _factory.Browser();
        var email = role switch
        {
            MatrixRole.Anonymous => null,
            MatrixRole.CoachOfFile => DemoAccounts.Coach,
            MatrixRole.OtherCoach => DemoParticipantSeeder.Coach2,
            MatrixRole.CoachElsewhere => DemoParticipantSeeder.CoachAchterhoek,
            MatrixRole.StandIn => StandInEmail,
            MatrixRole.AdviserConsent => DemoAccounts.Adviser,
            MatrixRole.AdviserNoConsent => SecondAdviserEmail,
            MatrixRole.Lead => DemoAccounts.Lead,
            MatrixRole.LeadElsewhere => LeadElsewhereEmail,
            MatrixRole.Referrer => DemoAccounts.Referrer,
            MatrixRole.ReferrerElsewhere => DemoParticipantSeeder.Verweiser,
            _ => DemoAccounts.Admin,
        };
        if (email is not null)
        {
            await client.SignInAsync(email);
        }

        // One token serves every form of this session.
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetPageAsync("/account/login"));
        return (client, token);
    }

    private async Task ArrangeRecordsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var users = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id);
        var main = await db.Programmes.SingleAsync(p => p.Code == DemoDataSeeder.MainProgrammeCode);
        var second = await db.Programmes.SingleAsync(p => p.Code == DemoDataSeeder.SecondProgrammeCode);
        var lead = new StaffUser(users[DemoAccounts.Lead], new HashSet<string> { Roles.ProgrammeLead });

        // A coach who stands in for the coach of the file, and a lead of the other programme only.
        var admin = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var standIn = (await admin.CreateAsync(users[DemoAccounts.Admin], new UserInput(StandInEmail, "Matrix Invaller", [Roles.Coach], null, [main.Id], false), DemoAccounts.Password)).Value!;
        await admin.CreateAsync(users[DemoAccounts.Admin], new UserInput(LeadElsewhereEmail, "Matrix Leider", [Roles.ProgrammeLead], null, [second.Id], false), DemoAccounts.Password);
        await admin.CreateAsync(users[DemoAccounts.Admin], new UserInput(SecondAdviserEmail, "Matrix Adviseur", [Roles.EmployerAdviser], null, [main.Id], false), DemoAccounts.Password);
        // Accounts made by the service must choose their own password first; these test accounts have.
        await db.Users.Where(u => u.Email == StandInEmail || u.Email == LeadElsewhereEmail || u.Email == SecondAdviserEmail).ExecuteUpdateAsync(s => s.SetProperty(u => u.MustChangePassword, false));
        var today = _factory.Clock.Today();
        var standIns = scope.ServiceProvider.GetRequiredService<StandInService>();
        Assert.True((await standIns.GrantAsync(lead, users[DemoAccounts.Coach], standIn, today.AddDays(-1), today.AddDays(30))).IsOk);
        // A second arrangement, for the row that ends one.
        var ending = await standIns.GrantAsync(lead, users[DemoParticipantSeeder.Coach2], users[DemoAccounts.Coach], today, today.AddDays(7));
        _ids["standIn"] = ending.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // The file: the coach's, in the main programme, shared with employers, with as much of a plan as the demo data has.
        var access = scope.ServiceProvider.GetRequiredService<ParticipantAccess>();
        var files = await db.Participants.Where(p => p.CoachId == users[DemoAccounts.Coach] && p.ProgrammeId == main.Id)
            .Select(p => new
            {
                p.Id,
                p.ApplicationId,
                Score = (db.PlanGoals.Any(g => g.ParticipantId == p.Id) ? 1 : 0) + (db.PlanInstruments.Any(g => g.ParticipantId == p.Id) ? 1 : 0)
                    + (db.Enrolments.Any(g => g.ParticipantId == p.Id) ? 1 : 0) + (db.EmployerAgreements.Any(g => g.ParticipantId == p.Id) ? 1 : 0),
            })
            .ToListAsync();
        var shared = new List<(int Id, int Score)>();
        foreach (var f in files)
        {
            if (await access.EmployersMaySeeAsync(f.ApplicationId))
            {
                shared.Add((f.Id, f.Score));
            }
            else if (_fileWithoutConsent.Length == 0)
            {
                _fileWithoutConsent = f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var file = shared.OrderByDescending(f => f.Score).First().Id;
        Assert.NotEmpty(_fileWithoutConsent);
        Set("participant", file);
        Set("goal", await db.PlanGoals.Where(g => g.ParticipantId == file).Select(g => g.Id).FirstOrDefaultAsync());
        Set("planInstrument", await db.PlanInstruments.Where(g => g.ParticipantId == file).Select(g => g.Id).FirstOrDefaultAsync());
        Set("enrolment", await db.Enrolments.Where(g => g.ParticipantId == file).Select(g => g.Id).FirstOrDefaultAsync());
        Set("agreement", await db.EmployerAgreements.Where(g => g.ParticipantId == file).Select(g => g.Id).FirstOrDefaultAsync());
        // A follow-up on the coach's file, due a month ago (the file itself has not left; the rights are the file's).
        var followUpId = await db.FollowUps.Where(f => f.ParticipantId == file).Select(f => f.Id).FirstOrDefaultAsync();
        if (followUpId == 0)
        {
            var followUp = new Core.FollowUps.FollowUp(file, _factory.Clock.Today().AddMonths(-7));
            db.FollowUps.Add(followUp);
            await db.SaveChangesAsync();
            followUpId = followUp.Id;
        }

        Set("followUp", followUpId);

        var application = await _factory.ApplyAsync("Matrix-Queue");
        Set("application", application.Id);

        // A BSN on the queued application and on the file's, so the "show BSN" rows tell rights apart.
        var protector = scope.ServiceProvider.GetRequiredService<Core.Intake.IBsnProtector>();
        var fileApplication = await db.Participants.Where(p => p.Id == file).Select(p => p.ApplicationId).SingleAsync();
        foreach (var withBsn in await db.Applications.Where(a => a.Id == application.Id || a.Id == fileApplication).ToListAsync())
        {
            withBsn.AttachBsn(protector.Protect("111222333"), protector.Hash("111222333"));
        }

        await db.SaveChangesAsync();

        var proposal = await db.VacancyProposals.Where(v => db.Vacancies.Any(x => x.Id == v.VacancyId && x.ProgrammeId == main.Id)).OrderBy(v => v.Id).FirstAsync();
        Set("proposal", proposal.Id);
        Set("vacancy", proposal.VacancyId);
        Set("employer", await db.Vacancies.Where(v => v.Id == proposal.VacancyId).Select(v => v.EmployerId).FirstAsync());
        var matchingEvent = await db.MatchingEvents.Include(e => e.Candidates).Include(e => e.Employers).Where(e => e.ProgrammeId == main.Id).OrderBy(e => e.Id).FirstAsync();
        Set("event", matchingEvent.Id);
        Set("eventParticipant", matchingEvent.Candidates.First().ParticipantId);
        Set("eventEmployer", matchingEvent.Employers.First().EmployerId);
        // A document of the coach on the file, for the download and delete rows.
        var coach = new StaffUser(users[DemoAccounts.Coach], new HashSet<string> { Roles.Coach });
        var pdf = "%PDF-1.4 matrix"u8.ToArray();
        var document = await scope.ServiceProvider.GetRequiredService<Core.Documents.DocumentService>()
            .UploadAsync(coach, file, new Core.Documents.DocumentUpload(Core.Documents.DocumentKind.Payslip, "matrix.pdf", pdf));
        Assert.True(document.IsOk);
        Set("document", document.Value);
        Set("durableCheck", await db.DurableChecks.Where(c => db.Participants.Any(p => p.Id == c.ParticipantId && p.CoachId == users[DemoAccounts.Coach])).Select(c => c.Id).FirstOrDefaultAsync());

        var run = await db.CourseRuns.OrderBy(r => r.Id).FirstAsync();
        Set("run", run.Id);
        Set("course", run.CourseId);
        Set("provider", await db.Courses.Where(c => c.Id == run.CourseId).Select(c => c.TrainingProviderId).FirstAsync());
        Set("instrument", await db.Instruments.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());

        var uwv = await db.Organisations.SingleAsync(o => o.Name == "UWV Emmen");
        Set("organisation", uwv.Id);
        // A key of its own for the revoke row, so the organisation's demo key keeps working for the API rows.
        var key = new Core.Intake.ApiKey(uwv.Id, "Matrix", "matrix-" + Guid.NewGuid().ToString("N"), _factory.Clock.GetUtcNow().UtcDateTime, null);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync();
        Set("key", key.Id);
        Set("upload", await db.ReferralUploads.Where(u => u.OrganisationId == uwv.Id).Select(u => u.Id).FirstOrDefaultAsync());
        _ids["user"] = users[DemoParticipantSeeder.CoachAchterhoek];
        _ids["programme"] = main.Code;
        _ids["reference"] = await db.Applications.Where(a => a.OrganisationId == uwv.Id && a.ExternalReference != null).Select(a => a.Reference).FirstAsync();
    }

    private void Set(string name, int id) => _ids[name] = (id == 0 ? 999_999 : id).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
