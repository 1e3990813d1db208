using System.Globalization;

namespace Truce.Cli.Access;

/// <summary>Token lifetimes as written on the command line: <c>30d</c>, <c>12h</c>, <c>90m</c>.</summary>
internal static class Lifetimes
{
    public static bool TryParse(string text, out TimeSpan lifetime)
    {
        lifetime = default;
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return false;
        }

        lifetime = text[^1] switch
        {
            'd' => TimeSpan.FromDays(n),
            'h' => TimeSpan.FromHours(n),
            'm' => TimeSpan.FromMinutes(n),
            _ => TimeSpan.Zero,
        };
        return lifetime > TimeSpan.Zero && lifetime <= TimeSpan.FromDays(3650);
    }
}
