using Jobportunities.Core.Programmes;

namespace Jobportunities.Web.Features.Programmes;

public sealed class AreaForm
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? Country { get; set; }

    public AreaKind Kind { get; set; }

    /// <summary>PC4 codes (NL) or PLZ (DE), separated by spaces, commas, semicolons or new lines.</summary>
    public string? Postcodes { get; set; }

    /// <summary>A one-column CSV of postcodes; its codes are added to <see cref="Postcodes"/> before validation.</summary>
    public IFormFile? PostcodeFile { get; set; }

    /// <summary>The empty row for a new area, left empty.</summary>
    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Postcodes) && PostcodeFile is null;

    /// <summary>The codes in the order typed, duplicates removed (a pasted list often repeats a code).</summary>
    public static IReadOnlyList<string> Split(string? postcodes) => PostcodeList.Split(postcodes);
}
