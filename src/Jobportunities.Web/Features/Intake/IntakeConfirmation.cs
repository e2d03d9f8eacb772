using System.Text.Json;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Web.Features.Intake;

/// <summary>What the confirmation page shows; kept in TempData, so no reference travels in a URL.</summary>
public sealed record IntakeConfirmation(string Reference, bool Eligible, IReadOnlyList<string> Unmet)
{
    public static string Serialize(IntakeConfirmation value) => JsonSerializer.Serialize(value);

    public static IntakeConfirmation? Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<IntakeConfirmation>(json);
}

public sealed record IntakePage(Programme Programme, IntakeForm Form);

public sealed record ConfirmationPage(Programme Programme, IntakeConfirmation Confirmation);
