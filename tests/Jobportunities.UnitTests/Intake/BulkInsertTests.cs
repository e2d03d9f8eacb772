using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.UnitTests.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.UnitTests.Intake;

/// <summary>The referral upload's insert path writes exactly the rows SaveChanges would write.</summary>
public class BulkInsertTests
{
    private static readonly DateTime Now = new(2030, 6, 15, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Applications_AreStoredColumnForColumn_AsSaveChangesStoresThem_AndGetTheirKeys()
    {
        using var test = new ReportingTestDb();
        var first = NewApplication(test, "JP-BULK0001", indicators: true);
        test.Db.Applications.Add(first);
        await test.Db.SaveChangesAsync();
        var byTracker = NewApplication(test, "JP-BULK0002", indicators: true);
        var byBulk = NewApplication(test, "JP-BULK0003", indicators: true);
        var referral = NewApplication(test, "JP-BULK0004", indicators: false);
        var referralByTracker = NewApplication(test, "JP-BULK0005", indicators: false);
        foreach (var application in new[] { byTracker, byBulk, referral, referralByTracker })
        {
            application.FlagPossibleDuplicateOf(first.Id);
        }

        test.Db.Applications.AddRange(byTracker, referralByTracker);
        await test.Db.SaveChangesAsync();
        test.Db.ChangeTracker.Clear();

        await new BulkInsert<Application>(test.Db).InsertAsync([byBulk, referral]);

        Assert.True(byBulk.Id > byTracker.Id && referral.Id == byBulk.Id + 1);
        var rows = await RowsAsync(test, "Applications", byTracker.Id, byBulk.Id, referralByTracker.Id, referral.Id);
        Assert.Equal(Without(rows[byTracker.Id], "Id", "Reference", "Version", "SubmissionKey", "BsnHash"), Without(rows[byBulk.Id], "Id", "Reference", "Version", "SubmissionKey", "BsnHash"));
        Assert.Equal(Without(rows[referralByTracker.Id], "Id", "Reference", "Version", "SubmissionKey", "BsnHash"), Without(rows[referral.Id], "Id", "Reference", "Version", "SubmissionKey", "BsnHash"));
        Assert.NotEqual(Guid.Empty, byBulk.Version);
        var stored = await test.Db.Applications.SingleAsync(a => a.Id == byBulk.Id);
        Assert.Equal(("JP-BULK0003", KeyOf("JP-BULK0003"), "hash-JP-BULK0003"), (stored.Reference, stored.SubmissionKey, stored.BsnHash));
    }

    [Fact]
    public async Task ConsentRecords_AreStoredColumnForColumn_AsSaveChangesStoresThem()
    {
        using var test = new ReportingTestDb();
        var application = NewApplication(test, "JP-BULK0010", indicators: false);
        test.Db.Applications.Add(application);
        await test.Db.SaveChangesAsync();
        var consents = new ConsentChoices(true, false, true, ConsentMethod.PartnerSystem);
        test.Db.ConsentRecords.AddRange(IntakeService.ConsentRecordsOf(application.Id, consents, Now, null));
        await test.Db.SaveChangesAsync();
        test.Db.ChangeTracker.Clear();

        await new BulkInsert<ConsentRecord>(test.Db).InsertAsync(IntakeService.ConsentRecordsOf(application.Id, consents, Now, null));

        var rows = (await RowsAsync(test, "ConsentRecords")).Values.Select(r => Without(r, "Id")).ToList();
        Assert.Equal(8, rows.Count);
        Assert.Equal(rows.Take(4), rows.Skip(4));
    }

    [Fact]
    public async Task ARefusedRow_FailsTheInsert_AndTheTransactionLeavesNothing()
    {
        using var test = new ReportingTestDb();
        var stored = NewApplication(test, "JP-BULK0020", indicators: false);
        test.Db.Applications.Add(stored);
        await test.Db.SaveChangesAsync();
        test.Db.ChangeTracker.Clear();

        await using (var transaction = await test.Db.Database.BeginTransactionAsync())
        {
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
                new BulkInsert<Application>(test.Db).InsertAsync([NewApplication(test, "JP-BULK0021", false), NewApplication(test, "JP-BULK0020", false)]));
        }

        Assert.Equal(["JP-BULK0020"], await test.Db.Applications.Select(a => a.Reference).ToListAsync());
    }

    private static Application NewApplication(ReportingTestDb test, string reference, bool indicators)
    {
        var details = new CandidateDetails
        {
            GivenName = "Anna", FamilyName = "de Vries", BirthDate = new DateOnly(1985, 4, 23), Gender = Gender.Female,
            Email = "anna@example.test", Phone = "06 12345678", Street = "Hoofdstraat", HouseNumber = "12a", Postcode = "7811 AB",
            City = "Emmen", Country = "NL", Benefit = BenefitSituation.None, WwEndDate = new DateOnly(2030, 9, 1),
            Education = EducationLevel.NoneOrPrimary, HasStartQualification = false, Languages = ["nl", "de"], OtherLanguages = "Pools",
            WorkExperience = "Magazijn", SectorWishes = [Sector.Care, Sector.TransportLogistics], HoursPerWeekWish = 24, HeardVia = HeardVia.Uwv,
            Indicators = indicators ? new IndicatorAnswers { Disability = VoluntaryAnswer.Yes, WithoutWorkSince = new DateOnly(2028, 3, 1), LabourMarket = LabourMarketAnswer.Unemployed } : null,
        };
        var eligibility = EligibilityRule.Assess(test.Programme, new CandidateFacts(details.Postcode, details.Country, details.BirthDate, details.Benefit, details.WwEndDate), new DateOnly(2030, 6, 15));
        var application = new Application(test.Programme.Id, reference, ApplicationSource.ReferralCsv, details, eligibility, "de", Now);
        application.AttachBsn("protected-bsn", "hash-" + reference);
        application.UseSubmissionKey(KeyOf(reference));
        return application;
    }

    private static Guid KeyOf(string reference) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(reference)));

    private static async Task<Dictionary<int, Dictionary<string, object?>>> RowsAsync(ReportingTestDb test, string table, params int[] ids)
    {
        var connection = test.Db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"" + (ids.Length > 0 ? $" WHERE \"Id\" IN ({string.Join(",", ids)})" : "");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<int, Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
            rows[Convert.ToInt32(row["Id"], System.Globalization.CultureInfo.InvariantCulture)] = row;
        }

        return rows;
    }

    private static SortedDictionary<string, object?> Without(Dictionary<string, object?> row, params string[] columns) =>
        new(row.Where(c => !columns.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value));
}
