using Jobportunities.Core.Identity;

namespace Jobportunities.UnitTests.Identity;

public class AppUserPasswordTests
{
    [Fact]
    public void NewAccount_HasNoTemporaryPassword()
    {
        Assert.False(new AppUser().MustChangePassword);
    }

    [Fact]
    public void PasswordChosenByAdministrator_MustBeChanged_UntilTheUserChoosesOne()
    {
        var user = new AppUser();

        user.RequirePasswordChange();
        Assert.True(user.MustChangePassword);

        user.PasswordChosenByUser();
        Assert.False(user.MustChangePassword);
    }
}
