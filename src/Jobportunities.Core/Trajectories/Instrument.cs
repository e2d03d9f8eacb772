using System.Text.RegularExpressions;
using Jobportunities.Core.Data;

namespace Jobportunities.Core.Trajectories;

/// <summary>
/// One instrument of the catalogue, a "wagon" in the UI (werkfit maken, taaltraining, opleiding, …), with its default
/// provider and cost. Deactivated instruments stay on existing plans but cannot be added anew.
/// </summary>
public sealed partial class Instrument : IVersioned
{
    private Instrument()
    {
    }

    public Instrument(string code, InstrumentKind kind, InstrumentTexts texts, string? defaultProvider, decimal defaultCost)
    {
        if (!IsValidCode(code))
        {
            throw new ArgumentException("An instrument code is lower case letters, digits and hyphens.", nameof(code));
        }

        Code = code;
        Kind = kind;
        IsActive = true;
        Update(texts, defaultProvider, defaultCost);
    }

    public int Id { get; private set; }

    /// <summary>Stable code, e.g. "taaltraining"; not changed after creation.</summary>
    public string Code { get; private set; } = "";

    public InstrumentKind Kind { get; private set; }

    public string NameNl { get; private set; } = "";

    public string NameDe { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public string? Description { get; private set; }

    public string? DefaultProvider { get; private set; }

    public decimal DefaultCost { get; private set; }

    public bool IsActive { get; private set; }

    public Guid Version { get; private set; }

    public static bool IsValidCode(string? code) => code is { Length: <= 40 } && CodePattern().IsMatch(code);

    public void Update(InstrumentTexts texts, string? defaultProvider, decimal defaultCost)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(texts.NameNl);
        ArgumentException.ThrowIfNullOrWhiteSpace(texts.NameDe);
        ArgumentException.ThrowIfNullOrWhiteSpace(texts.NameEn);
        ArgumentOutOfRangeException.ThrowIfNegative(defaultCost);
        NameNl = texts.NameNl.Trim();
        NameDe = texts.NameDe.Trim();
        NameEn = texts.NameEn.Trim();
        Description = Clean(texts.Description);
        DefaultProvider = Clean(defaultProvider);
        DefaultCost = defaultCost;
        NewVersion();
    }

    public void Deactivate()
    {
        IsActive = false;
        NewVersion();
    }

    public void Activate()
    {
        IsActive = true;
        NewVersion();
    }

    /// <summary>The name in a language code (nl, de, en); Dutch for anything else.</summary>
    public string NameIn(string? language) => language switch
    {
        "de" => NameDe,
        "en" => NameEn,
        _ => NameNl,
    };

    public void NewVersion() => Version = Guid.NewGuid();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
