using Jobportunities.Core.Common;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Trajectories;

namespace Jobportunities.UnitTests.Trajectories;

/// <summary>Archive instead of delete (ADR 0025): the same rule for every register record.</summary>
public sealed class ArchiveRuleTests
{
    private static readonly DateTime Now = new(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Kinds => ["event", "provider", "course"];

    private static IArchivable Record(string kind)
    {
        var provider = new TrainingProvider("Opleider Emmen", "NL", "Emmen", "7811 KL");
        return kind switch
        {
            "event" => new MatchingEvent(1, "Meedoenplein", new DateOnly(2026, 3, 20), "Emmen", null, "adviser-1", Now),
            "provider" => provider,
            _ => provider.AddCourse(new CourseDetails("Lassen", Sector.TransportLogistics, 2, "nl", "7811 KL", "Emmen", 1500m, 10, null)),
        };
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Archive_ThenRestore_AndTwiceChangesNothing(string kind)
    {
        var record = Record(kind);

        Assert.False(record.Restore());
        Assert.True(record.Archive(Now));
        Assert.False(record.Archive(Now.AddDays(1)));
        Assert.Equal(Now, record.ArchivedUtc);
        Assert.True(record.Restore());
        Assert.Null(record.ArchivedUtc);
    }
}
