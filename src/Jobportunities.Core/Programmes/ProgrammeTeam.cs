namespace Jobportunities.Core.Programmes;

/// <summary>Who works with a programme: partner organisations (whose referrers may refer to it) and staff members.</summary>
public sealed record ProgrammeTeam(IReadOnlyList<int> PartnerOrganisationIds, IReadOnlyList<string> MemberUserIds);
