using System.Globalization;
using System.Text.RegularExpressions;

namespace OrchardCrm.Workflows.Scheduling;

/// <summary>Durations as people write them in workflows: "30m", "2h", "3d", "1d12h", "45s", or "hh:mm:ss".</summary>
public static partial class DelayParser
{
    [GeneratedRegex(@"^\s*(?:(?<d>\d+)\s*d)?\s*(?:(?<h>\d+)\s*h)?\s*(?:(?<m>\d+)\s*m)?\s*(?:(?<s>\d+)\s*s)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Units();

    public static bool TryParse(string? text, out TimeSpan delay)
    {
        delay = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Units().Match(text);
        if (match.Success && match.Groups.Values.Skip(1).Any(g => g.Success))
        {
            int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
            delay = new TimeSpan(Part("d"), Part("h"), Part("m"), Part("s"));
            return delay > TimeSpan.Zero;
        }
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out delay) && delay > TimeSpan.Zero;
    }
}
