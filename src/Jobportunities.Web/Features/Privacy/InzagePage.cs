namespace Jobportunities.Web.Features.Privacy;

public sealed record InzagePage(int ParticipantId, string Reference);
