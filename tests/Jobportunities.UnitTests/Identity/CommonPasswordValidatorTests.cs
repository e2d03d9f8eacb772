using Jobportunities.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace Jobportunities.UnitTests.Identity;

public class CommonPasswordValidatorTests
{
    private static Task<IdentityResult> Validate(string password) =>
        new CommonPasswordValidator().ValidateAsync(null!, new AppUser { UserName = "sanne@example.test", Email = "sanne@example.test" }, password);

    [Theory]
    [InlineData("password1234")]
    [InlineData("PassWord1234")]
    [InlineData("wachtwoord123")]
    [InlineData("123456789012")]
    [InlineData("sanne@example.test")]
    public async Task Refuses_CommonPasswordsAndTheUsersOwnAddress(string password)
    {
        var result = await Validate(password);
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooCommon");
    }

    [Theory]
    [InlineData("paarse fiets op de dijk")]
    [InlineData("Demo-jobs-2026!")]
    public async Task Accepts_PassPhrasesWithoutCompositionRules(string password) =>
        Assert.True((await Validate(password)).Succeeded);

    [Fact]
    public async Task Refuses_AbsurdLength_ButAcceptsLongPassPhrases()
    {
        Assert.True((await Validate(new string('x', 60) + " lange zin")).Succeeded);
        Assert.Contains((await Validate(new string('y', CommonPasswordValidator.MaximumLength + 1))).Errors, e => e.Code == "PasswordTooLong");
    }
}
