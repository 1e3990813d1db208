using System.CommandLine;
using System.Globalization;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Errors;
using Truce.Storage.Contract;

namespace Truce.Cli.Commands;

/// <summary>What the site verbs share: opening the store, turning bad values into exit codes, and parsing their options.</summary>
internal static class SiteVerbs
{
    /// <summary>Runs <paramref name="run"/> on the store <paramref name="db"/> names (created if <paramref name="create"/>); a bad value exits 3 naming its option, bad data 2.</summary>
    public static int Run(string db, bool create, Func<ITruceStore, int> run)
    {
        try
        {
            using var store = create ? Stores.Open(db) : Stores.OpenExisting(db);
            return store is null ? Terminal.Fail(ExitCodes.NotFound, Stores.Missing(db)) : run(store);
        }
        catch (BadFieldException e)
        {
            return Terminal.Fail(ExitCodes.Usage, $"{Option(e.Field)}: {e.Reason}");
        }
        catch (DataFormatException e)
        {
            return Terminal.Fail(ExitCodes.BadData, e.Message);
        }
    }

    /// <summary>Runs a write and signs a checkpoint of the audit log after it, as every writing verb does.</summary>
    public static int Write(string db, bool create, Func<ITruceStore, int> run) => Run(db, create, store =>
    {
        var exit = run(store);
        if (exit == ExitCodes.Ok)
        {
            Stores.Checkpoint(store, db);
        }

        return exit;
    });

    /// <summary><c>--notify all</c> (or nothing): every party, the empty list; else the comma-separated party names.</summary>
    public static IReadOnlyList<string> Recipients(string? text) =>
        text is null || string.Equals(text.Trim(), "all", StringComparison.OrdinalIgnoreCase)
            ? []
            : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>A date (YYYY-MM-DD, midnight UTC) or an ISO 8601 time.</summary>
    /// <exception cref="BadFieldException">Neither (field <paramref name="option"/>).</exception>
    public static DateTimeOffset? Time(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : throw new BadFieldException(option, $"'{text}' is not a date (YYYY-MM-DD) or an ISO 8601 time");
    }

    /// <summary>An output format among <paramref name="allowed"/>.</summary>
    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format") { Description = $"Output: {string.Join(", ", allowed)}", DefaultValueFactory = _ => allowed[0] };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static string Iso(DateTimeOffset? t) => t?.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) ?? "";

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The option a store field was given by (<c>to</c> → <c>--to</c>); store-only fields keep their names.</summary>
    private static string Option(string field) => field switch
    {
        "" => "value",
        "recipients" => "--notify",
        "geometry" or "targets" => "--lat/--lon/--polygon",
        "reason" => "--reason",
        _ when field.StartsWith('-') => field,
        _ => "--" + field,
    };
}
