using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using Serilog;

namespace Jobportunities.Web.Infrastructure;

internal static class MvcSetup
{
    public static IServiceCollection AddAppMvc(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
            {
                // Antiforgery on every unsafe request of a form; the JSON API opts out per controller.
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // Control characters in any posted form field re-show the form with a message (hostile input).
                options.Filters.Add<ControlCharacterFilter>();
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.Configure<RazorViewEngineOptions>(options =>
        {
            // Feature folders: Features/<Controller>/<View>.cshtml (docs/architecture.md).
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            options.ViewLocationFormats.Add("/Views/Shared/{0}.cshtml");
            options.ViewLocationExpanders.Add(new FeatureViewLocationExpander());
        });
        // Render ü, ß, é as themselves, not as &#xFC; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "jp.af";
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<MvcOptions>, LocalizedBindingMessages>();
        // Fields of list items (for="Goals[g.Id].What") without compiling code per field and request (docs/performance.md).
        services.Replace(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IModelExpressionProvider, IndexedModelExpressionProvider>());
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
        services.AddReferralApi();
        return services;
    }

    public static IServiceCollection AddAppServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        // The load harness's reference page exists only when the harness turns it on.
        services.AddControllersWithViews().ConfigureApplicationPartManager(m =>
            m.FeatureProviders.Add(new Features.Harness.HarnessControllerGate(configuration.GetValue(Features.Harness.FortunesController.Setting, false))));
        services.AddAppRateLimiting(configuration);
        services.AddAppSecurity(configuration);
        services.AddSingleton<IConfirmationMailer, SmtpConfirmationMailer>();
        services.AddSingleton<IAccountMailer, SmtpAccountMailer>();
        services.AddMemoryCache();
        services.AddScoped<Features.Account.LoginDecoy>();
        services.AddScoped<Features.Account.AccountLinks>();
        services.AddScoped<Bootstrap.CreateAdminCommand>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoPlacementSeeder>();
        services.AddScoped<DemoParticipantSeeder>();
        services.AddScoped<Core.Programmes.ProgrammeService>();
        services.AddScoped<Core.Programmes.ProgrammeLifecycleService>();
        services.AddScoped<Core.Programmes.ProgrammeTeams>();
        services.AddScoped<Core.Programmes.ProgrammeStaffQueries>();
        services.AddScoped<Core.Users.UserAdminService>();
        services.AddScoped<Core.Users.UserAdminQueries>();
        services.AddScoped<Core.Intake.IntakeService>();
        services.AddScoped<Core.Intake.IntakeQueueService>();
        services.AddScoped<Core.Intake.ReferralTrackingService>();
        services.AddHttpContextAccessor();
        services.AddScoped<Core.Audit.IAuditOrigin, HttpAuditOrigin>();
        services.AddSingleton<Core.Audit.AuditGroupCommit>();
        services.AddScoped<Core.Audit.AuditLog>();
        services.AddScoped<Core.Participants.ParticipantAccess>();
        services.AddScoped<Core.Participants.CaseloadService>();
        services.AddScoped<Core.Participants.ParticipantFileService>();
        services.AddScoped<Features.Participants.FilePageBuilder>();
        services.AddScoped<Core.Participants.StandInService>();
        services.AddScoped<Core.Participants.ConsentService>();
        services.AddScoped<Core.Participants.IndicatorAnswerService>();
        services.AddSingleton<BsnHashKey>();
        services.AddScoped<Core.Intake.IBsnProtector, DataProtectionBsnProtector>();
        services.AddScoped<Core.Intake.BsnService>();
        services.AddScoped<Core.Placements.DurableCheckService>();
        services.AddScoped<Core.Placements.DurableCheckList>();
        services.AddScoped<Core.FollowUps.FollowUpService>();
        services.AddScoped<Core.FollowUps.FollowUpList>();
        services.AddScoped<Core.Trajectories.EmployerAgreementLink>();
        services.AddScoped<Core.Placements.PlacementService>();
        services.AddSingleton<Core.Placements.DurableCheckJob>();
        if (configuration.GetValue("DurableChecks:RunDailyJob", true))
        {
            // Off in the test hosts: their single in-memory connection cannot serve a background job and a request at once.
            services.AddHostedService(sp => sp.GetRequiredService<Core.Placements.DurableCheckJob>());
        }
        services.AddScoped<Core.Privacy.AnonymisationService>();
        services.AddScoped<Core.Privacy.RetentionService>();
        services.AddScoped<Core.Privacy.ErasureService>();
        services.AddScoped<Core.Privacy.InzageService>();
        services.AddSingleton<Core.Privacy.RetentionJob>();
        if (configuration.GetValue("Retention:RunDailyJob", configuration.GetValue("DurableChecks:RunDailyJob", true)))
        {
            // Follows the durable-check switch unless set itself, so the test hosts keep every background job off.
            services.AddHostedService(sp => sp.GetRequiredService<Core.Privacy.RetentionJob>());
        }

        services.AddScoped<Core.Intake.ReferralUploadService>();
        services.AddScoped<Core.Intake.ReferralRowWriter>();
        services.AddSingleton<Core.Intake.ReferralUploadQueue>();
        services.AddSingleton<Core.Intake.ReferralUploadWorker>();
        if (configuration.GetValue("ReferralUploads:RunWorker", configuration.GetValue("DurableChecks:RunDailyJob", true)))
        {
            // Follows the durable-check switch unless set itself: the test hosts run the worker by hand.
            services.AddHostedService(sp => sp.GetRequiredService<Core.Intake.ReferralUploadWorker>());
        }

        services.AddScoped<Core.Organisations.OrganisationService>();
        services.AddScoped<Core.Reporting.ReportingScope>();
        services.AddScoped<Core.Reporting.DashboardService>();
        services.AddScoped<Core.Reporting.SharedDashboards>();
        services.AddScoped<Core.Reporting.EsfIndicatorService>();
        services.AddScoped<Core.Reporting.SignalService>();
        services.AddScoped<Core.Today.TodayService>();
        services.AddScoped<Features.Exports.ReportExports>();
        services.AddScoped<Core.Employers.EmployerService>();
        services.AddScoped<Core.Employers.VacancyService>();
        services.AddSingleton(_ => new Core.Matching.PostcodeCentroids(RegionData.Current.Centroids.ToDictionary(c => c.Key, c => new Core.Matching.GeoPoint(c.Value[0], c.Value[1]))));
        services.AddScoped<Core.Matching.CandidateReach>();
        services.AddScoped<Core.Matching.MatchingService>();
        services.AddScoped<Core.Matching.ProposalService>();
        services.AddScoped<Core.Matching.MatchingEventService>();
        services.AddScoped<DemoEmployerSeeder>();
        services.AddScoped<InstrumentCatalogueSeeder>();
        services.AddScoped<DemoTrajectorySeeder>();
        services.AddScoped<Core.Trajectories.PlanAccess>();
        services.AddScoped<Core.Trajectories.CoachingPlanService>();
        services.AddScoped<Core.Trajectories.EnrolmentService>();
        services.AddScoped<Core.Trajectories.InstrumentService>();
        services.AddScoped<Core.Trajectories.TrainingProviderService>();
        services.AddScoped<Core.Trajectories.ProgrammeSpendService>();
        services.AddScoped<Features.Trajectories.PlanPageBuilder>();
        // Documents on the file: the bytes in the database by default (docs/adr/0022-documents-in-the-database-behind-a-store.md).
        services.AddSingleton(new Core.Documents.DocumentLimits(Math.Min(
            configuration.GetValue("Documents:MaxBytes", Core.Documents.DocumentRules.DefaultMaxBytes), Features.Documents.DocumentUploadForm.MaxRequestBytes - (1024 * 1024))));
        services.AddScoped<Core.Documents.IDocumentStore, Core.Documents.DatabaseDocumentStore>();
        services.AddScoped<Core.Documents.DocumentService>();
        return services;
    }

    public static void UseAppPipeline(this WebApplication app)
    {
        ValidationLocalization.UseForFluentValidation(app.Services);
        // First: the client's address and scheme behind a known reverse proxy (rate limits, audit origin).
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
        }

        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseNoStoreForPersonalData();
        app.UseStaticFiles();
        app.UseSerilogRequestLogging(o => o.GetLevel = ClientDisconnect.RequestLogLevel);
        app.UseClientDisconnectLogging();
        app.UseRequestLocalization();
        app.UseApiProblemBodies();
        app.UseRouting();
        app.UseRequestBodyLimit(SecuritySetup.MaxBodyBytes(app.Configuration));
        app.UseBufferedBodyGuard(SecuritySetup.MaxBodyBytes(app.Configuration));
        app.UseRoutingRejectionsAsTheyAre();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAccountGate();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous(); // the referral API's description is public; its endpoints need a key
        app.MapControllers();
    }
}
