namespace Jobportunities.Web.Features.Participants;

/// <summary>The sections of the file that have an edit page of their own (GET participants/{id}/{section}/edit).</summary>
public static class FileSections
{
    public const string Profile = "profile";
    public const string Phase = "phase";
    public const string Scan = "scan";
    public const string Ladder = "ladder";
    public const string Barriers = "barriers";

    /// <summary>The section's heading key and the partial with its form.</summary>
    public static (string HeadingKey, string Form) Of(string section) => section switch
    {
        Profile => ("File.Profile", "~/Features/Participants/_ProfileForm.cshtml"),
        Phase => ("File.Phase", "~/Features/Participants/_PhaseForm.cshtml"),
        Scan => ("File.Scan", "~/Features/Participants/_ScanForm.cshtml"),
        Ladder => ("File.Ladder", "~/Features/Participants/_LadderForm.cshtml"),
        Barriers => ("File.Barriers", "~/Features/Participants/_BarriersForm.cshtml"),
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };
}
