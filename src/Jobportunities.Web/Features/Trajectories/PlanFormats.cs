using System.Globalization;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Infrastructure;

namespace Jobportunities.Web.Features.Trajectories;

/// <summary>How the plan's pages write amounts, periods and names, in the current culture.</summary>
public static class PlanFormats
{
    /// <summary>Euros without cents when the amount is whole.</summary>
    public static string Money(decimal amount) => Formats.Euro(amount, amount == decimal.Truncate(amount) ? 0 : 2);

    public static string Period(DateOnly? from, DateOnly? until) => (from, until) switch
    {
        (null, null) => "—",
        ({ } f, null) => f.ToString("d", CultureInfo.CurrentCulture) + " –",
        (null, { } u) => "– " + u.ToString("d", CultureInfo.CurrentCulture),
        ({ } f, { } u) => $"{f.ToString("d", CultureInfo.CurrentCulture)} – {u.ToString("d", CultureInfo.CurrentCulture)}",
    };

    public static string Percent(decimal percent) => percent.ToString("0.##", CultureInfo.CurrentCulture) + " %";

    /// <summary>The instrument's name in the current UI language.</summary>
    public static string Name(Instrument? instrument) => instrument?.NameIn(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? "—";

    public static string StatusBadge(InstrumentStatus status) => status switch
    {
        InstrumentStatus.Done => "jp-badge jp-badge--ok",
        InstrumentStatus.Stopped => "jp-badge jp-badge--error",
        InstrumentStatus.Running => "jp-badge",
        _ => "jp-badge jp-badge--neutral",
    };
}
