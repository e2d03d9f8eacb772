using Jobportunities.Core.Privacy;

namespace Jobportunities.Web.Features.Privacy;

public sealed record ErasurePage(ErasureSubject Subject, ErasureForm Form);
