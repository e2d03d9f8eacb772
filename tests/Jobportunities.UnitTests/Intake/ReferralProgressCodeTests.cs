using Jobportunities.Core.Intake;

namespace Jobportunities.UnitTests.Intake;

public class ReferralProgressCodeTests
{
    [Theory]
    [InlineData(ReferralProgress.Received, "received")]
    [InlineData(ReferralProgress.Accepted, "accepted")]
    [InlineData(ReferralProgress.Intake, "intake")]
    [InlineData(ReferralProgress.InTrajectory, "in-trajectory")]
    [InlineData(ReferralProgress.Placed, "placed")]
    [InlineData(ReferralProgress.Durable, "durable")]
    [InlineData(ReferralProgress.Declined, "declined")]
    [InlineData(ReferralProgress.Exited, "exited")]
    public void ToCode_IsTheNameInKebabCase(ReferralProgress progress, string code) => Assert.Equal(code, progress.ToCode());

    [Fact]
    public void EveryProgress_HasADistinctCode() =>
        Assert.Equal(Enum.GetValues<ReferralProgress>().Length, Enum.GetValues<ReferralProgress>().Select(p => p.ToCode()).Distinct().Count());
}
