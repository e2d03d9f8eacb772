using Jobportunities.Core.Matching;

namespace Jobportunities.UnitTests.Matching;

public class MatchingEventTests
{
    private static readonly DateOnly Day = new(2026, 3, 12);

    private static MatchingEvent Event()
    {
        var e = new MatchingEvent(1, "Meedoenplein Emmen", Day, "Raadhuisplein 1, Emmen", null, "adviser", TestClock.StartUtc);
        e.InviteCandidate(10, "coach", TestClock.StartUtc);
        e.InviteEmployer(20, "adviser", TestClock.StartUtc);
        return e;
    }

    [Fact]
    public void Invite_Twice_IsRefused()
    {
        var e = Event();
        Assert.False(e.InviteCandidate(10, "coach", TestClock.StartUtc));
        Assert.False(e.InviteEmployer(20, "adviser", TestClock.StartUtc));
        Assert.Single(e.Candidates);
        Assert.Single(e.Employers);
    }

    [Fact]
    public void Attendance_IsRecordedFromTheDayItself_ForThoseInvited()
    {
        var e = Event();
        Assert.False(e.RecordCandidateAttendance(10, Attendance.Came, Day.AddDays(-1)));
        Assert.True(e.RecordCandidateAttendance(10, Attendance.Came, Day));
        Assert.True(e.RecordEmployerAttendance(20, Attendance.DidNotCome, Day.AddDays(3)));
        Assert.False(e.RecordCandidateAttendance(11, Attendance.Came, Day));
        Assert.Equal(Attendance.Came, e.Candidates.Single().Attendance);
        Assert.Equal(Attendance.DidNotCome, e.Employers.Single().Attendance);
    }

    [Fact]
    public void Conversation_NeedsAnInvitedCandidateAndEmployer_FromTheDayOn()
    {
        var e = Event();
        Assert.Null(e.RecordConversation(10, 20, "Kennismaking", "adviser", TestClock.StartUtc, Day.AddDays(-1)));
        Assert.Null(e.RecordConversation(11, 20, "Kennismaking", "adviser", TestClock.StartUtc, Day));
        Assert.Null(e.RecordConversation(10, 21, "Kennismaking", "adviser", TestClock.StartUtc, Day));
        Assert.NotNull(e.RecordConversation(10, 20, " Kennismaking gepland ", "adviser", TestClock.StartUtc, Day));
        Assert.Equal("Kennismaking gepland", e.Conversations.Single().Outcome);
    }
}
