using Jobportunities.Web.Infrastructure;
using Microsoft.Extensions.Hosting;
using Moq;

namespace Jobportunities.IntegrationTests.Account;

public class StartupRefusalTests
{
    [Fact]
    public void Start_RefusesDemoData_InProduction_WithAClearMessage()
    {
        using var factory = new ProductionDemoSeedAppFactory();

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Database:SeedDemoData=true is refused in the environment 'Production'", error.ToString());
        Assert.Contains("create-admin", error.ToString());
    }

    [Theory]
    [InlineData("Production", true, false)]
    [InlineData("Staging", true, false)]
    [InlineData("Acceptance", true, false)]
    [InlineData("Development", true, true)]
    [InlineData("Testing", true, true)]
    [InlineData("Production", false, true)]
    public void DemoData_IsAllowedOnlyInDevelopmentAndTheTestHost(string environmentName, bool seed, bool allowed)
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.EnvironmentName).Returns(environmentName);

        var refusal = Record.Exception(() => DatabaseSetup.EnsureDemoDataAllowed(environment.Object, seed));

        Assert.Equal(allowed, refusal is null);
    }
}
