using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;

namespace Jobportunities.Web.Features.Participants;

public sealed class WorkForm
{
    public Guid Version { get; set; }

    public List<string> PreferredSectors { get; set; } = [];

    public int? AvailableHoursPerWeek { get; set; }

    public bool HasDrivingLicence { get; set; }

    public bool HasOwnTransport { get; set; }

    public int? MaxTravelMinutes { get; set; }

    public string? WorkPreferences { get; set; }

    public static WorkForm From(Participant p) => new()
    {
        Version = p.Version, PreferredSectors = p.PreferredSectorList.Select(s => s.ToString()).ToList(), AvailableHoursPerWeek = p.AvailableHoursPerWeek,
        HasDrivingLicence = p.HasDrivingLicence, HasOwnTransport = p.HasOwnTransport, MaxTravelMinutes = p.MaxTravelMinutes, WorkPreferences = p.WorkPreferences,
    };

    public WorkPreferenceInput ToInput() => new(
        PreferredSectors.Select(s => Enum.TryParse<Sector>(s, out var v) ? (Sector?)v : null).OfType<Sector>().ToList(),
        AvailableHoursPerWeek, HasDrivingLicence, HasOwnTransport, MaxTravelMinutes, WorkPreferences);
}
