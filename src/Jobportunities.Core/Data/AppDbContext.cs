using Jobportunities.Core.Identity;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Programmes;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Data;

/// <summary>
/// The one model of the application (Identity included). Provider-neutral: the provider and its
/// migrations assembly are chosen by the host (docs/adr/0001-migrations-per-provider.md).
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>The longest a SaveChanges waits for its turn before it goes ahead anyway (as SQLite's busy_timeout).</summary>
    private const int WriteQueueWaitMilliseconds = 2000;

    /// <summary>One queue of writers per SQLite database (connection string) in this process; see <see cref="WriteQueue"/>.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim?> WriteQueues = new(StringComparer.Ordinal);

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<RegionArea> RegionAreas => Set<RegionArea>();

    public DbSet<AreaPostcode> AreaPostcodes => Set<AreaPostcode>();

    public DbSet<ProgrammeMember> ProgrammeMembers => Set<ProgrammeMember>();

    public DbSet<Intake.Application> Applications => Set<Intake.Application>();

    public DbSet<Intake.ConsentRecord> ConsentRecords => Set<Intake.ConsentRecord>();

    public DbSet<ProtectedSecret> ProtectedSecrets => Set<ProtectedSecret>();

    public DbSet<Intake.ApiKey> ApiKeys => Set<Intake.ApiKey>();

    public DbSet<Intake.ReferralUpload> ReferralUploads => Set<Intake.ReferralUpload>();

    public DbSet<Participants.Participant> Participants => Set<Participants.Participant>();

    public DbSet<Participants.PhaseChange> PhaseChanges => Set<Participants.PhaseChange>();

    public DbSet<Participants.LadderRecord> LadderRecords => Set<Participants.LadderRecord>();

    public DbSet<Participants.ContactMoment> ContactMoments => Set<Participants.ContactMoment>();

    public DbSet<Participants.BarrierAssessment> BarrierAssessments => Set<Participants.BarrierAssessment>();

    public DbSet<Participants.ScanExperience> ScanExperiences => Set<Participants.ScanExperience>();

    public DbSet<Participants.ScanSkill> ScanSkills => Set<Participants.ScanSkill>();

    public DbSet<Participants.ScanLanguage> ScanLanguages => Set<Participants.ScanLanguage>();

    public DbSet<Participants.StandIn> StandIns => Set<Participants.StandIn>();

    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    public DbSet<Employers.Employer> Employers => Set<Employers.Employer>();

    public DbSet<Employers.Vacancy> Vacancies => Set<Employers.Vacancy>();

    public DbSet<Matching.VacancyProposal> VacancyProposals => Set<Matching.VacancyProposal>();

    public DbSet<Matching.MatchingEvent> MatchingEvents => Set<Matching.MatchingEvent>();

    public DbSet<Placements.Placement> Placements => Set<Placements.Placement>();

    public DbSet<Placements.DurableCheck> DurableChecks => Set<Placements.DurableCheck>();

    public DbSet<FollowUps.FollowUp> FollowUps => Set<FollowUps.FollowUp>();

    public DbSet<Trajectories.Instrument> Instruments => Set<Trajectories.Instrument>();

    public DbSet<Trajectories.TrainingProvider> TrainingProviders => Set<Trajectories.TrainingProvider>();

    public DbSet<Trajectories.Course> Courses => Set<Trajectories.Course>();

    public DbSet<Trajectories.CourseRun> CourseRuns => Set<Trajectories.CourseRun>();

    public DbSet<Trajectories.Enrolment> Enrolments => Set<Trajectories.Enrolment>();

    public DbSet<Trajectories.PlanGoal> PlanGoals => Set<Trajectories.PlanGoal>();

    public DbSet<Trajectories.PlanInstrument> PlanInstruments => Set<Trajectories.PlanInstrument>();

    public DbSet<Trajectories.EmployerAgreement> EmployerAgreements => Set<Trajectories.EmployerAgreement>();

    public DbSet<Trajectories.CostShare> CostShares => Set<Trajectories.CostShare>();

    public DbSet<Trajectories.PlanHistoryEntry> PlanHistory => Set<Trajectories.PlanHistoryEntry>();

    public DbSet<Trajectories.WorkBasedLearningCertificate> WorkBasedLearningCertificates => Set<Trajectories.WorkBasedLearningCertificate>();

    public DbSet<Documents.Document> Documents => Set<Documents.Document>();

    public DbSet<Documents.DocumentContent> DocumentContents => Set<Documents.DocumentContent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        if (WriteQueue() is not { } queue)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        var entered = queue.Wait(WriteQueueWaitMilliseconds);
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            if (entered)
            {
                queue.Release();
            }
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        if (WriteQueue() is not { } queue)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var entered = await queue.WaitAsync(WriteQueueWaitMilliseconds, cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            if (entered)
            {
                queue.Release();
            }
        }
    }

    /// <summary>
    /// Whether a SaveChanges of this context commits on its own to a SQLite database file: SQLite, not
    /// in memory, and no transaction the caller began (what <see cref="WriteQueue"/> queues).
    /// </summary>
    public bool WritesSqliteFileOnItsOwn => WriteQueue() is not null;

    /// <summary>
    /// SQLite lets one connection write a database file at a time; the others retry with growing
    /// sleeps (busy_timeout: 1, 2, 5, 10 … 100 ms) and under many concurrent writers mostly sleep while
    /// the file is free. So the process's SaveChanges calls on one SQLite database wait their turn here,
    /// in order and without sleeping (docs/adr/0033-sqlite-writes-queue-in-the-process.md). A SaveChanges
    /// inside a transaction the caller began is not queued (the caller holds, or will take, the lock
    /// itself); SQL Server has no such limit and is never queued. A writer that waited
    /// <see cref="WriteQueueWaitMilliseconds"/> goes ahead unqueued (SQLite's own waiting then applies):
    /// a SaveChanges started from within another one's (an interceptor) can never deadlock on the queue.
    /// </summary>
    private SemaphoreSlim? WriteQueue() =>
        Database.ProviderName == SqliteProvider && Database.CurrentTransaction is null
            ? WriteQueues.GetOrAdd(Database.GetConnectionString() ?? "", s => IsInMemory(s) ? null : new SemaphoreSlim(1, 1))
            : null;

    // An in-memory database lives in one connection that serves one request at a time: nothing to queue.
    private static bool IsInMemory(string connectionString) =>
        connectionString.Contains(":memory:", StringComparison.OrdinalIgnoreCase) || connectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase);

    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.NewVersion();
            }
        }
    }
}
