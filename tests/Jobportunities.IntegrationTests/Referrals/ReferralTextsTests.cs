using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Jobportunities.IntegrationTests.Referrals;

/// <summary>
/// Texts looked up by code (problems, progress, sources, statuses) exist; that German and English
/// have every Dutch key is checked by LocalizationResourceTests.
/// </summary>
public class ReferralTextsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public void EveryCodeShownToReferrers_HasAText()
    {
        var keys = typeof(CsvProblems).GetFields().Select(f => "Referrals.Csv." + f.GetValue(null))
            .Concat(Enum.GetNames<ReferralProgress>().Select(p => "Referrals.Progress." + p))
            .Concat(Enum.GetNames<ApplicationSource>().Select(s => "Referrals.Source." + s))
            .Concat(new[] { "region", "age", "benefit" }.Select(c => "Referrals.Unmet." + c))
            .Concat(new[] { UploadLineStatus.Accepted, UploadLineStatus.Known, UploadLineStatus.Rejected }.Select(s => "Referrals.Report.Status." + s))
            .Concat(ReferralCsvColumns.All.Select(c => "Referrals.Upload.Col." + c))
            .Append("Referrals.Csv.NoFile");

        var texts = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var missing = keys.Where(k => texts[k].ResourceNotFound).ToList();
        Assert.Empty(missing);
    }
}
