using System.CommandLine;
using System.Globalization;

namespace Truce.Cli.Commands;

/// <summary>Options several verbs share, and the parsing of their values.</summary>
internal static class CommonOptions
{
    /// <summary>The store to write to (created if missing).</summary>
    public static Option<string> Db() => new("--db") { Description = DbHelp + " (a file is created if missing)", Required = true };

    /// <summary>The store to read from (must exist).</summary>
    public static Option<string> ExistingDb() => new("--db") { Description = DbHelp + " (a file must exist)", Required = true };

    /// <summary>What <c>--db</c> accepts.</summary>
    public const string DbHelp = "SQLite database file, or PostgreSQL: \"Host=...;Database=...\" or postgres://user@host/db";

    public static Option<string?> Date(string name, string description) => new(name) { Description = $"{description} (YYYY-MM-DD)" };

    public static Option<string?> AsOf() => new("--as-of") { Description = "Answer as the record stood at this time (ISO 8601, e.g. 2026-11-24T20:00:00Z)" };

    public static bool TryDate(string? text, string option, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        error = $"{option}: '{text}' is not a date (YYYY-MM-DD)";
        return false;
    }

    public static bool TryInstant(string? text, out DateTimeOffset? instant, out string? error)
    {
        instant = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
        {
            instant = t;
            return true;
        }

        error = $"--as-of: '{text}' is not an ISO 8601 time";
        return false;
    }
}
