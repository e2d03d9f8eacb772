using Jobportunities.Core.Common;

namespace Jobportunities.Core.Participants;

public sealed record WorkPreferenceInput(
    IReadOnlyList<Sector> PreferredSectors,
    int? AvailableHoursPerWeek,
    bool HasDrivingLicence,
    bool HasOwnTransport,
    int? MaxTravelMinutes,
    string? WorkPreferences);
