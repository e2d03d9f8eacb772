using Jobportunities.Core.Programmes;

namespace Jobportunities.Web.Features.Programmes;

/// <summary>The create and edit page; <see cref="Team"/> is null for a lead, who does not change the team.</summary>
public sealed record ProgrammeEditPage(string Code, string Name, ProgrammeForm Form, ProgrammeForm? Saved, bool IsNew = false, TeamChoices? Team = null);
