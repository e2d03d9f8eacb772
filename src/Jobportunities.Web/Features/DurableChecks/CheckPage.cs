using Jobportunities.Core.Documents;
using Jobportunities.Core.Placements;

namespace Jobportunities.Web.Features.DurableChecks;

public sealed record CheckPage(DurableCheck Check, Core.Participants.Participant Participant, Core.Participants.FileRights Rights, RecordForm Form, DateOnly Today, IReadOnlyList<DocumentChoice> Documents);
