using Jobportunities.Core.Reporting;

namespace Jobportunities.UnitTests.Reporting;

public class AgeBandsTests
{
    [Theory]
    [InlineData("1996-06-15", "2026-06-14", 29)]
    [InlineData("1996-06-15", "2026-06-15", 30)]
    [InlineData("2004-02-29", "2026-02-28", 21)]
    [InlineData("2004-02-29", "2026-03-01", 22)]
    [InlineData("2004-02-29", "2028-02-29", 24)]
    public void Age_CountsWholeYears_FromTheBirthdayItself(string birth, string on, int age) =>
        Assert.Equal(age, AgeBands.Age(DateOnly.Parse(birth), DateOnly.Parse(on)));

    [Theory]
    [InlineData(17, DashboardAgeBand.Under30)]
    [InlineData(29, DashboardAgeBand.Under30)]
    [InlineData(30, DashboardAgeBand.From30To49)]
    [InlineData(49, DashboardAgeBand.From30To49)]
    [InlineData(50, DashboardAgeBand.From50)]
    [InlineData(67, DashboardAgeBand.From50)]
    public void DashboardBands_AreUnder30_30To49_50Up(int age, DashboardAgeBand band) => Assert.Equal(band, AgeBands.Dashboard(age));

    [Theory]
    [InlineData(16, EsfAgeBand.Under18)]
    [InlineData(17, EsfAgeBand.Under18)]
    [InlineData(18, EsfAgeBand.From18To29)]
    [InlineData(29, EsfAgeBand.From18To29)]
    [InlineData(30, EsfAgeBand.From30To54)]
    [InlineData(54, EsfAgeBand.From30To54)]
    [InlineData(55, EsfAgeBand.From55)]
    public void EsfBands_AreUnder18_18To29_30To54_55Up(int age, EsfAgeBand band) => Assert.Equal(band, AgeBands.Esf(age));

    [Fact]
    public void IscedGroups_MapTheEducationLevels()
    {
        Assert.Equal(IscedLevel.Isced0To2, EsfCategories.Isced(Core.Common.EducationLevel.NoneOrPrimary));
        Assert.Equal(IscedLevel.Isced0To2, EsfCategories.Isced(Core.Common.EducationLevel.LowerSecondary));
        Assert.Equal(IscedLevel.Isced3To4, EsfCategories.Isced(Core.Common.EducationLevel.UpperSecondary));
        Assert.Equal(IscedLevel.Isced5To8, EsfCategories.Isced(Core.Common.EducationLevel.Tertiary));
        Assert.Equal(IscedLevel.Unknown, EsfCategories.Isced(null));
    }
}
