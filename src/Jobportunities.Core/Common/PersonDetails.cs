using System.Text.RegularExpressions;

namespace Jobportunities.Core.Common;

/// <summary>
/// A person's details as applications and participant files hold them: name, birth date, gender,
/// contact and address. The forms, the referral API and the CSV upload map to this one type, and
/// <see cref="PersonEntity"/> stores it. <see cref="PersonRules"/> holds the only copies of the phone, e-mail
/// and birth-date rules; the lengths are <see cref="FieldLengths.Person"/>.
/// </summary>
public record PersonDetails
{
    public required string GivenName { get; init; }

    public required string FamilyName { get; init; }

    public required DateOnly BirthDate { get; init; }

    public Gender Gender { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Street { get; init; }

    public string? HouseNumber { get; init; }

    public required string Postcode { get; init; }

    public string? City { get; init; }

    public required string Country { get; init; }
}

/// <summary>The checks of <see cref="PersonDetails"/>' fields, shared by the forms, the referral API and the CSV upload.</summary>
public static partial class PersonRules
{
    /// <summary>In the past and at most 110 years ago.</summary>
    public static bool IsPlausibleBirthDate(DateOnly birthDate, DateOnly today) =>
        birthDate < today && birthDate > today.AddYears(-110);

    public static bool IsEmail(string? text) =>
        text is not null && text.Trim().Length <= FieldLengths.Person.Email && EmailPattern().IsMatch(text.Trim());

    /// <summary>8 to 20 digits, spaces, brackets, dashes or slashes, optionally after a plus: 06 12345678, +49 (5931) 123-45, 0591/123456.</summary>
    public static bool IsPhone(string? text) => text is not null && PhonePattern().IsMatch(text.Trim());

    /// <summary>A value the gender field may hold: empty (not said) or one of <see cref="Common.Gender"/>'s names.</summary>
    public static bool IsGender(string? text) =>
        string.IsNullOrWhiteSpace(text) || Enum.GetNames<Gender>().Contains(text.Trim(), StringComparer.OrdinalIgnoreCase);

    public static Gender ParseGender(string? text) =>
        IsGender(text) && !string.IsNullOrWhiteSpace(text) && Enum.TryParse<Gender>(text, ignoreCase: true, out var gender) ? gender : Gender.Unknown;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-/]{8,20}$")]
    private static partial Regex PhonePattern();
}
