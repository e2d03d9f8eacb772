using System.Text;

namespace Jobportunities.Core.Intake;

/// <summary>The API's spelling of a referral's progress: the name in kebab-case ("in-trajectory").</summary>
public static class ReferralProgressCodes
{
    public static string ToCode(this ReferralProgress progress)
    {
        var name = progress.ToString();
        var code = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && code.Length > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(c));
        }

        return code.ToString();
    }
}
