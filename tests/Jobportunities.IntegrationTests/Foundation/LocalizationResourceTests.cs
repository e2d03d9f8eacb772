using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Jobportunities.IntegrationTests.Foundation;

/// <summary>Every UI text exists in Dutch, German and English, and every literal key a view uses exists.</summary>
public partial class LocalizationResourceTests
{
    private static readonly string WebRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Jobportunities.Web"));

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(WebRoot, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void GermanAndEnglish_HaveExactlyTheDutchKeys_AndNoEmptyText()
    {
        var nl = Load("SharedResource.resx");
        foreach (var file in new[] { "SharedResource.de.resx", "SharedResource.en.resx" })
        {
            var other = Load(file);
            Assert.Empty(nl.Keys.Except(other.Keys));
            Assert.Empty(other.Keys.Except(nl.Keys));
            Assert.DoesNotContain(other, e => string.IsNullOrWhiteSpace(e.Value));
        }

        Assert.DoesNotContain(nl, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void EveryLiteralKeyUsedInViewsAndCode_Exists()
    {
        var nl = Load("SharedResource.resx");
        var missing = Directory.EnumerateFiles(WebRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.'))
            .Distinct()
            .Where(k => !nl.ContainsKey(k))
            .Order()
            .ToList();
        Assert.Empty(missing);
    }

    [GeneratedRegex(@"\b(?:T|t|texts)\[""([A-Za-z0-9_.]+)""")]
    private static partial Regex KeyUse();
}
