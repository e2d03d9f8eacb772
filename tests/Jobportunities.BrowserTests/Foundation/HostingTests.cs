using System.Net;
using Jobportunities.BrowserTests.Infrastructure;

namespace Jobportunities.BrowserTests.Foundation;

/// <summary>The factory really listens on loopback, so a browser (or any HTTP client) can reach the app and its styles.</summary>
public sealed class HostingTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public void Server_ListensOnRandomLoopbackPort()
    {
        var address = new Uri(app.ServerAddress);

        Assert.Equal("http", address.Scheme);
        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(0, address.Port);
    }

    [Theory]
    [InlineData("/lib/utrecht/component-library.css")]
    [InlineData("/lib/voorbeeld-design-tokens/theme.css")]
    [InlineData("/css/site.css")]
    public async Task Server_ServesStylesheet_OverRealHttp(string path)
    {
        using var client = new HttpClient();

        using var response = await client.GetAsync(app.Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        // The very file in the app's wwwroot, not an empty or fallback answer.
        var file = Path.Combine(BrowserFixture.ProjectFolder(), "..", "..", "src", "Jobportunities.Web", "wwwroot", path.TrimStart('/'));
        Assert.Equal(await File.ReadAllBytesAsync(file), await response.Content.ReadAsByteArrayAsync());
    }
}
