namespace Jobportunities.Core.Trajectories;

/// <summary>
/// One start date of a course with its seats. The seat count is the capacity rule: a seat is
/// taken only while one is free. In the database that rule is one conditional UPDATE
/// (<see cref="CourseSeats"/>, docs/adr/0008-course-seats-conditional-update.md); the methods
/// here state the same rule for code that holds the row.
/// </summary>
public sealed class CourseRun
{
    public const int MaximumSeats = 500;

    private CourseRun()
    {
    }

    internal CourseRun(DateOnly startDate, int seats)
    {
        StartDate = startDate;
        Seats = seats is < 1 or > MaximumSeats ? throw new ArgumentOutOfRangeException(nameof(seats)) : seats;
    }

    public int Id { get; private set; }

    public int CourseId { get; private set; }

    public Course? Course { get; private set; }

    public DateOnly StartDate { get; private set; }

    public int Seats { get; private set; }

    public int SeatsTaken { get; private set; }

    public int FreeSeats => Math.Max(0, Seats - SeatsTaken);

    public bool IsFull => SeatsTaken >= Seats;

    public bool TryTakeSeat()
    {
        if (IsFull)
        {
            return false;
        }

        SeatsTaken++;
        return true;
    }

    public void ReleaseSeat()
    {
        if (SeatsTaken > 0)
        {
            SeatsTaken--;
        }
    }

    /// <summary>Changes the capacity; never below the seats already taken.</summary>
    public bool TryChangeSeats(int seats)
    {
        if (seats is < 1 or > MaximumSeats || seats < SeatsTaken)
        {
            return false;
        }

        Seats = seats;
        return true;
    }
}
