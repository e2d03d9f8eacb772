using Jobportunities.Core.Matching;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Matching;

/// <summary>
/// An explanation line in the user's language: resource "Match.Reason.{Code}" with the rule's
/// arguments; enum arguments (sector, travel mode) become their own texts ("Sector.Ict").
/// </summary>
public static class MatchTexts
{
    public static string Describe(IStringLocalizer texts, MatchReason reason) =>
        texts["Match.Reason." + reason.Code, reason.Arguments.Select(a => a is Enum e ? texts[$"{e.GetType().Name}.{e}"].Value : a).ToArray()].Value;
}
