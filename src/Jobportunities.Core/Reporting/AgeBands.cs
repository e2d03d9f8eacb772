using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// Ages and age bands, in one place. The age formula is one expression: compiled for C#, and
/// put into queries by <see cref="AgeOf{T}"/>, so the database counts ages exactly as this class does.
/// </summary>
public static class AgeBands
{
    /// <summary>Whole years on a date: the birthday counts from its own day (29 February: from 1 March in other years).</summary>
    public static readonly Expression<Func<DateOnly, DateOnly, int>> Formula = (birth, on) =>
        on.Year - birth.Year - (on.Month < birth.Month || (on.Month == birth.Month && on.Day < birth.Day) ? 1 : 0);

    private static readonly Func<DateOnly, DateOnly, int> Compiled = Formula.Compile();

    public static int Age(DateOnly birth, DateOnly on) => Compiled(birth, on);

    public static DashboardAgeBand Dashboard(int age) => age switch
    {
        < 30 => DashboardAgeBand.Under30,
        < 50 => DashboardAgeBand.From30To49,
        _ => DashboardAgeBand.From50,
    };

    public static EsfAgeBand Esf(int age) => age switch
    {
        < 18 => EsfAgeBand.Under18,
        < 30 => EsfAgeBand.From18To29,
        < 55 => EsfAgeBand.From30To54,
        _ => EsfAgeBand.From55,
    };

    /// <summary>The age formula over two members of a row, for GroupBy in a query.</summary>
    public static Expression<Func<T, int>> AgeOf<T>(Expression<Func<T, DateOnly>> birth, Expression<Func<T, DateOnly>> on)
    {
        var row = birth.Parameters[0];
        var onBody = ReplacingExpressionVisitor.Replace(on.Parameters[0], row, on.Body);
        var body = ReplacingExpressionVisitor.Replace(Formula.Parameters[0], birth.Body, Formula.Body);
        body = ReplacingExpressionVisitor.Replace(Formula.Parameters[1], onBody, body);
        return Expression.Lambda<Func<T, int>>(body, row);
    }
}
