namespace Jobportunities.Core.Reporting;

/// <summary>Persons by gender, as Annex I asks ("women, men, non-binary persons"); unknown kept apart.</summary>
public sealed record GenderCounts(int Women, int Men, int NonBinary, int Unknown)
{
    public static readonly GenderCounts None = new(0, 0, 0, 0);

    public int Total => Women + Men + NonBinary + Unknown;
}
