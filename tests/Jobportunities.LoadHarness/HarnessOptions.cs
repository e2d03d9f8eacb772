using System.Globalization;

namespace Jobportunities.LoadHarness;

public sealed record HarnessOptions(int Scale, int Seconds, int Rounds, int Connections, int Port, bool CheckOnly, int SoakSeconds, int SoakWarmupSeconds = 180, int WarmupRounds = 2)
{
    public static HarnessOptions Parse(string[] args)
    {
        string Arg(string name, string fallback)
        {
            var at = Array.IndexOf(args, "--" + name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        int Int(string name, int fallback) => int.Parse(Arg(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return new HarnessOptions(Int("scale", 1000), Int("seconds", 5), Int("rounds", 3), Int("connections", 16), Int("port", 5399), args.Contains("--check"), Int("soak", 0), Int("soak-warmup", 180), Int("warmup", 2));
    }
}
