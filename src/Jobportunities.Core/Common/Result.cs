namespace Jobportunities.Core.Common;

/// <summary>
/// Expected outcomes of a service call are results, not exceptions (docs/architecture.md, "Code shape"): the controller
/// turns each into a page or a status code.
/// </summary>
public enum Outcome
{
    Ok,
    NotFound,
    Conflict,
    Invalid,
    Refused,
}

public sealed record Result<T>(Outcome Outcome, T? Value = default, string? ErrorCode = null)
{
    public bool IsOk => Outcome == Outcome.Ok;

    public static Result<T> Ok(T value) => new(Outcome.Ok, value);

    public static Result<T> NotFound() => new(Outcome.NotFound);

    public static Result<T> Conflict(T current) => new(Outcome.Conflict, current);

    public static Result<T> Invalid(string errorCode) => new(Outcome.Invalid, default, errorCode);

    public static Result<T> Refused(string errorCode) => new(Outcome.Refused, default, errorCode);
}
