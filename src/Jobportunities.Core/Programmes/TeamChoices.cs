namespace Jobportunities.Core.Programmes;

/// <summary>The choices the programme form offers for its team.</summary>
public sealed record TeamChoices(IReadOnlyList<OrganisationChoice> Organisations, IReadOnlyList<StaffChoice> Staff);
