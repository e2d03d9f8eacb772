using System.Globalization;
using Jobportunities.Core.Data;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Web;
using Jobportunities.Web.Features.Intake;
using Jobportunities.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Jobportunities.IntegrationTests.Person;

/// <summary>
/// The one validator of the person fields, with the real resource files and without a host: the
/// lengths are the columns' (the EF model's max lengths), one phone pattern, the postcode per
/// country, and every message names the field in the user's language.
/// </summary>
public class PersonFieldsValidatorTests
{
    private static readonly IStringLocalizer<SharedResource> T = new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<string, string> LengthLimitedFields => new()
    {
        { nameof(PersonFields.GivenName), "Field.GivenName" },
        { nameof(PersonFields.FamilyName), "Field.FamilyName" },
        { nameof(PersonFields.Email), "Field.Email" },
        { nameof(PersonFields.Phone), "Field.Phone" },
        { nameof(PersonFields.Street), "Field.Street" },
        { nameof(PersonFields.HouseNumber), "Field.HouseNumber" },
        { nameof(PersonFields.Postcode), "Field.Postcode" },
        { nameof(PersonFields.City), "Field.City" },
    };

    [Theory]
    [MemberData(nameof(LengthLimitedFields))]
    public void EachField_RefusesOneCharacterMoreThanBothTablesHold_NamingTheField(string field, string labelKey)
    {
        using var _ = InCulture("nl");
        var max = ColumnLength<Application>(field);
        Assert.Equal(max, ColumnLength<Participant>(field));
        var tooLong = T["Validation.MaxLength", T[labelKey], max].Value;

        Assert.Contains(tooLong, Messages(Valid().With(field, new string('7', max + 1))));
        Assert.DoesNotContain(tooLong, Messages(Valid().With(field, new string('7', max))));
    }

    [Theory]
    [InlineData("06 12345678")]
    [InlineData("+49 5931 12345")]
    [InlineData("0591/123456")]
    [InlineData("+31 (0)6-12345678")]
    public void Phone_AcceptsTheNumbersOfBothCountries(string phone) =>
        Assert.Empty(Messages(Valid().With(nameof(PersonFields.Phone), phone)));

    [Theory]
    [InlineData("12ab5678")]
    [InlineData("0612")]
    [InlineData("06 12345678 toestel 5")]
    public void Phone_RefusesWhatIsNoNumber_NamingTheField(string phone)
    {
        using var _ = InCulture("nl");
        Assert.Equal(["Vul bij ‘Telefoonnummer’ een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +49 5931 12345."], Messages(Valid().With(nameof(PersonFields.Phone), phone)));
    }

    [Theory]
    [InlineData("NL", "7811 AB", null)]
    [InlineData("NL", "7811 ab", null)]
    [InlineData("DE", "49716", null)]
    [InlineData("NL", "49716", "For ‘Postcode’, enter a Dutch postcode, for example 7811 AB.")]
    [InlineData("DE", "7811 AB", "For ‘Postcode’, enter a five-digit German postcode, for example 49716.")]
    public void Postcode_FollowsTheCountry(string country, string postcode, string? message)
    {
        using var _ = InCulture("en");
        var form = Valid();
        form.Country = country;
        form.Postcode = postcode;

        Assert.Equal(message is null ? [] : [message], Messages(form));
    }

    [Theory]
    [InlineData("nl", "Gebruik bij ‘Woonplaats’ ten hoogste 100 tekens.")]
    [InlineData("de", "Verwenden Sie bei „Wohnort“ höchstens 100 Zeichen.")]
    [InlineData("en", "Use at most 100 characters for ‘Town or city’.")]
    public void Messages_NameTheField_InTheUsersLanguage(string culture, string expected)
    {
        using var _ = InCulture(culture);
        var form = Valid();
        form.City = new string('c', 101);
        form.Email = "geen-adres";
        form.BirthDate = new DateOnly(2030, 1, 1);

        var messages = Messages(form);

        Assert.Contains(expected, messages);
        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.DoesNotContain("must", m, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(messages, m => m.Contains(T["Field.Email"].Value, StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains(T["Field.BirthDate"].Value, StringComparison.Ordinal));
    }

    [Fact]
    public void ContactIsRequired_OnlyWhereTheFormAsksForIt()
    {
        using var _ = InCulture("en");
        var intake = Valid();
        intake.Email = intake.Phone = null;
        var profile = new Web.Features.Participants.ProfileForm
        {
            GivenName = "Anna", FamilyName = "Bakker", BirthDate = new DateOnly(1985, 4, 12), Postcode = "7811 AB", Country = "NL",
        };

        Assert.Equal(["Enter ‘E-mail address’ or ‘Phone number’."], Messages(intake));
        Assert.Empty(Messages(profile));
    }

    [Fact]
    public void Gender_AcceptsNotSaidOrAKnownValue_Only()
    {
        using var _ = InCulture("en");
        Assert.Empty(Messages(Valid().With(nameof(PersonFields.Gender), "")));
        Assert.Empty(Messages(Valid().With(nameof(PersonFields.Gender), "NonBinary")));
        Assert.Equal(["For ‘Gender’, choose one of the options."], Messages(Valid().With(nameof(PersonFields.Gender), "7")));
    }

    private static IntakeForm Valid() => new()
    {
        GivenName = "Anna", FamilyName = "Bakker", BirthDate = new DateOnly(1985, 4, 12), Gender = "Female", Email = "anna@example.test",
        Phone = "06 12345678", Street = "Hoofdstraat", HouseNumber = "12", Postcode = "7811 AB", City = "Emmen", Country = "NL",
    };

    private static List<string> Messages(PersonFields form) =>
        new PersonFieldsValidator(T, Clock).Validate(form).Errors.Select(e => e.ErrorMessage).ToList();

    private static int ColumnLength<TEntity>(string property)
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetMaxLength()!.Value;
    }

    private static CultureScope InCulture(string culture) => new(culture);

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

        public CultureScope(string culture) => CultureInfo.CurrentUICulture = new CultureInfo(culture);

        public void Dispose() => CultureInfo.CurrentUICulture = _before;
    }
}

internal static class PersonFieldsExtensions
{
    public static T With<T>(this T form, string property, string? value)
        where T : PersonFields
    {
        typeof(PersonFields).GetProperty(property)!.SetValue(form, value);
        return form;
    }
}
