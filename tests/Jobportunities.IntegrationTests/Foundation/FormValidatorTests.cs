using System.Globalization;
using System.Net;
using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Jobportunities.Web.Features.IntakeQueue;
using Jobportunities.Web.Features.Participants;
using Jobportunities.Web.Features.Placements;
using Jobportunities.Web.Features.Referrals;
using Jobportunities.Web.Features.StandIns;
using Jobportunities.Web.Features.TrainingProviders;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Foundation;

/// <summary>The validators of the forms that used to be checked by hand (or not at all): lengths from FieldLengths, messages naming the field in the user's language.</summary>
public class FormValidatorTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private DateOnly Today => factory.Clock.Today();

    [Fact]
    public async Task DurableCheck_WithA1001CharacterNote_IsRefusedInGerman_AndNothingIsSaved()
    {
        var id = await factory.ParticipantAsync("Lange", DemoAccounts.Coach, familyName: "Notiz");
        var checkId = await DueDurableCheckAsync(id);
        var coach = factory.Browser("de");
        await coach.SignInAsync(DemoAccounts.Coach);
        var url = $"/durable-checks/{checkId}";

        var response = await coach.PostFormAsync(url, url,
            [new("Form.Outcome", "Durable"), new("Form.Evidence", "Payslip"), new("Form.VerifiedOn", Today.ToString("yyyy-MM-dd")), new("Form.Note", new string('x', FieldLengths.Placement.DurableCheckNote + 1))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Verwenden Sie bei „Anmerkung“ höchstens 1000 Zeichen.", html);
        Assert.Contains(new string('x', FieldLengths.Placement.DurableCheckNote + 1), html); // the note is kept for correcting
        await using var db = factory.Db();
        var check = await db.Context.DurableChecks.SingleAsync(c => c.Id == checkId);
        Assert.Null(check.Outcome);
        Assert.Null(check.Note);
    }

    [Fact]
    public async Task DurableCheck_WithA1000CharacterNote_IsRecorded()
    {
        var id = await factory.ParticipantAsync("Genau", DemoAccounts.Coach, familyName: "Tausend");
        var checkId = await DueDurableCheckAsync(id);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var url = $"/durable-checks/{checkId}";

        var response = await coach.PostFormAsync(url, url,
            [new("Form.Outcome", "Durable"), new("Form.Evidence", "Payslip"), new("Form.VerifiedOn", Today.ToString("yyyy-MM-dd")), new("Form.Note", new string('x', FieldLengths.Placement.DurableCheckNote))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        Assert.Equal(FieldLengths.Placement.DurableCheckNote, (await db.Context.DurableChecks.SingleAsync(c => c.Id == checkId)).Note!.Length);
    }

    [Fact]
    public async Task StandIn_WithoutAStandInCoach_IsRefusedNamingTheField_AndNothingIsSaved()
    {
        var lead = factory.Browser("en");
        await lead.SignInAsync(DemoAccounts.Lead);
        int before;
        await using (var db = factory.Db())
        {
            before = await db.Context.StandIns.CountAsync();
        }

        var response = await lead.PostFormAsync("/stand-ins",
            [new("Form.AbsentCoachId", await factory.UserIdAsync("coach2@jobportunities.test")), new("Form.StandInCoachId", ""), new("Form.From", Today.ToString("yyyy-MM-dd")), new("Form.Until", Today.AddDays(3).ToString("yyyy-MM-dd"))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter ‘Stand-in coach’.", await response.Content.ReadAsStringAsync());
        await using var after = factory.Db();
        Assert.Equal(before, await after.Context.StandIns.CountAsync());
    }

    [Fact]
    public async Task ScanSkill_LongerThanTheColumn_IsRefusedNamingTheField_AndNothingIsSaved()
    {
        var id = await factory.ParticipantAsync("Skill", DemoAccounts.Coach, familyName: "Lang");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var file = $"/participants/{id}";

        var response = await coach.PostFormAsync(file, $"{file}/scan/skill", [new("Scan.SkillName", new string('s', FieldLengths.File.SkillName + 1)), new("Scan.SkillLevel", "2")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Gebruik bij ‘Vaardigheid’ ten hoogste {FieldLengths.File.SkillName} tekens.", await response.Content.ReadAsStringAsync());
        await using var db = factory.Db();
        Assert.Equal(0, await db.Context.ScanSkills.CountAsync(s => s.ParticipantId == id));
    }

    [Theory]
    [InlineData("nl", "Vul ‘Coach’ in.")]
    [InlineData("de", "Bitte „Coach“ angeben.")]
    public async Task AcceptForm_WithoutACoach_NamesTheField(string culture, string message) =>
        Assert.Equal([message], await ErrorsAsync(new AcceptForm { CoachId = "" }, culture));

    [Fact]
    public async Task AcceptForm_WithATooLongOverrideReason_NamesTheField() =>
        Assert.Equal([$"Use at most {FieldLengths.Intake.DecisionReason} characters for ‘Reason to accept anyway’."],
            await ErrorsAsync(new AcceptForm { CoachId = "x", OverrideReason = new string('r', FieldLengths.Intake.DecisionReason + 1) }, "en"));

    [Fact]
    public async Task CoachForm_WithoutACoach_NamesTheField() =>
        Assert.Equal(["Enter ‘Coach’."], await ErrorsAsync(new CoachForm(), "en"));

    [Fact]
    public async Task EndForm_WithoutADateOrWithAnUnknownReason_NamesTheFields() =>
        Assert.Equal(["Bitte „Enddatum“ angeben.", "„Grund für das Ende“ ist nicht gültig."],
            await ErrorsAsync(new EndForm { Reason = (Core.Placements.PlacementEndReason)99 }, "de"));

    [Theory]
    [InlineData(null, "Enter ‘Places’.")]
    [InlineData(0, "Enter a value from 1 to 100 for ‘Places’.")]
    public async Task SeatsForm_OutsideTheLimits_NamesTheField(int? seats, string message) =>
        Assert.Equal([message.Replace("100", Core.Trajectories.CourseRun.MaximumSeats.ToString(CultureInfo.InvariantCulture))], await ErrorsAsync(new SeatsForm { Seats = seats }, "en"));

    [Fact]
    public async Task ReferralUploadForm_WithoutAFile_AsksForTheCsvFile_AndTooLargeIsRefused()
    {
        Assert.Equal(["Wählen Sie eine CSV-Datei aus."], await ErrorsAsync(new ReferralUploadForm(), "de"));
        var large = new FormFile(Stream.Null, 0, Core.Intake.ReferralCsvParser.MaxBytes + 1, "file", "big.csv");
        Assert.Single(await ErrorsAsync(new ReferralUploadForm { File = large }, "de"));
    }

    [Fact]
    public async Task ScanItemForm_ChecksOnlyTheItemItsRuleSetNames()
    {
        var language = new ScanItemForm { Language = "Deutsch", Level = "Z9" };
        Assert.Equal(["‘Level (CEFR)’ is not valid."], await ErrorsAsync(language, "en", "language"));
        Assert.Equal(["Enter ‘Skill’."], await ErrorsAsync(language, "en", "skill"));
        Assert.Equal(["Enter a value from 0 to 60 for ‘Years’."], await ErrorsAsync(new ScanItemForm { Years = 61 }, "en", "experience"));
    }

    [Fact]
    public async Task StandInForm_WithoutDates_NamesBothFields() =>
        Assert.Equal(["Vul ‘Van’ in.", "Vul ‘Tot en met’ in."],
            await ErrorsAsync(new StandInForm { AbsentCoachId = "a", StandInCoachId = "b" }, "nl"));

    private async Task<List<string>> ErrorsAsync<T>(T form, string culture, string? ruleSet = null)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var validator = scope.ServiceProvider.GetRequiredService<IValidator<T>>();
            var result = ruleSet is null ? await validator.ValidateAsync(form) : await validator.ValidateAsync(form, o => o.IncludeRuleSets(ruleSet));
            return result.Errors.Select(e => e.ErrorMessage).ToList();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    /// <summary>A placement that started six months and a day ago, so its durable check is due today.</summary>
    private async Task<int> DueDurableCheckAsync(int participantId)
    {
        int employerId;
        await using (var db = factory.Db())
        {
            var employer = new Employer("Validatie BV " + participantId, "NL", (90000000 + participantId).ToString(CultureInfo.InvariantCulture), Sector.Care, factory.Clock.GetUtcNow().UtcDateTime);
            db.Context.Employers.Add(employer);
            await db.Context.SaveChangesAsync();
            employerId = employer.Id;
        }

        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var url = $"/participants/{participantId}/placements";
        var start = Today.AddMonths(-6).AddDays(-1);
        var placed = await coach.PostFormAsync(url, url,
            [new("Form.EmployerId", employerId.ToString(CultureInfo.InvariantCulture)), new("Form.Kind", "Job"), new("Form.ContractType", "FixedTerm"), new("Form.HoursPerWeek", "32"), new("Form.Country", "NL"), new("Form.StartDate", start.ToString("yyyy-MM-dd"))]);
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        await using var check = factory.Db();
        return (await check.Context.DurableChecks.SingleAsync(c => c.ParticipantId == participantId)).Id;
    }
}
