using System.Security.Cryptography;

namespace Jobportunities.Core.Intake;

/// <summary>Reference numbers such as "JP-7K3M9QXT": random, without look-alike characters (0/O, 1/I).</summary>
public static class ReferenceNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return "JP-" + new string(chars);
    }
}
