using Jobportunities.Core.Programmes;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Programmes;

/// <summary>
/// Reads the uploaded postcode files of the areas into their postcode lists before validation, so
/// a file's codes are then kept in the form like typed ones. A file that cannot be read is named in
/// the message: a browser cannot keep a chosen file, so it has to be picked again.
/// </summary>
public static class AreaFiles
{
    /// <summary>Every area's file at its limit, plus the form around them.</summary>
    public const long MaxRequestBytes = 2L * 1024 * 1024;

    public static async Task ReadAsync(ProgrammeForm form, ModelStateDictionary modelState, IStringLocalizer texts, CancellationToken ct)
    {
        for (var i = 0; i < form.Areas.Count; i++)
        {
            var area = form.Areas[i];
            if (area.PostcodeFile is not { } file)
            {
                continue;
            }

            var problem = PostcodeFileProblem.TooLarge;
            IReadOnlyList<string> codes = [];
            if (file.Length <= PostcodeList.MaxFileBytes)
            {
                using var content = new MemoryStream((int)file.Length);
                await file.CopyToAsync(content, ct);
                (codes, problem) = PostcodeList.ReadCsv(content.ToArray());
            }

            if (problem != PostcodeFileProblem.None)
            {
                var name = Path.GetFileName(file.FileName);
                modelState.AddModelError($"Form.Areas[{i}].PostcodeFile", texts["Programme.File." + problem, name, PostcodeList.MaxFileBytes / 1024]);
                continue;
            }

            area.Postcodes = string.Join(' ', PostcodeList.Split(area.Postcodes).Concat(codes).Distinct(StringComparer.OrdinalIgnoreCase));
            area.PostcodeFile = null;
        }
    }
}
