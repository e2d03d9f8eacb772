namespace Jobportunities.Core.Reporting;

public static class Tallies
{
    /// <summary>Every value of an enum in its order, with the count found or 0.</summary>
    public static IReadOnlyList<Tally<T>> Complete<T>(IReadOnlyList<Tally<T>> found)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new Tally<T>(v, found.Where(f => f.Key.Equals(v)).Sum(f => f.Count))).ToList();

    public static int Total<T>(this IEnumerable<Tally<T>> tallies) => tallies.Sum(t => t.Count);
}
