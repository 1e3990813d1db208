using System.Text.Json.Nodes;
using Truce.Server.Sites;
using Truce.Storage.Sites;

namespace Truce.Server.Apis.Sites;

/// <summary>One logged check: who asked what, when, and what they were told.</summary>
/// <param name="Id">Log id.</param>
/// <param name="Principal">Who asked (<c>user:NAME</c>).</param>
/// <param name="Party">Its party.</param>
/// <param name="At">When it was answered.</param>
/// <param name="TargetCount">How many targets.</param>
/// <param name="Targets">The targets as GeoJSON geometries (up to 100; null for larger batches).</param>
/// <param name="RadiusMetres">The strike radius asked about.</param>
/// <param name="From">Window start.</param>
/// <param name="To">Window end.</param>
/// <param name="Outcome">answered, refused-budget or refused-throttled.</param>
/// <param name="Conflicts">Targets answered conflict: index, what was told, and — for the monitor only — the sites behind it.</param>
/// <param name="AuditEntry">The audit-log entry whose commitment covers this check.</param>
public sealed record CheckLogEntryDto(
    long Id,
    string Principal,
    string? Party,
    DateTimeOffset At,
    int TargetCount,
    IReadOnlyList<JsonObject>? Targets,
    double RadiusMetres,
    DateTimeOffset From,
    DateTimeOffset To,
    CheckOutcome Outcome,
    IReadOnlyList<LoggedConflictDto> Conflicts,
    long AuditEntry)
{
    /// <summary>Up to this many targets are listed.</summary>
    public const int ListedTargets = 100;

    /// <summary>The stored check as the caller may see it (<paramref name="withSites"/>: the monitor).</summary>
    public static CheckLogEntryDto Of(StoredCheck check, bool withSites)
    {
        ArgumentNullException.ThrowIfNull(check);
        var r = check.Record;
        return new CheckLogEntryDto(
            check.Id,
            r.Principal,
            r.Party,
            r.At,
            r.Targets.Count,
            r.Targets.Count <= ListedTargets ? [.. r.Targets.Select(GeometryJson.Write)] : null,
            r.RadiusMetres,
            r.From,
            r.To,
            r.Outcome,
            [.. r.Conflicts.Select(c => new LoggedConflictDto(c.Index, c.Told, withSites ? c.SiteIds : null))],
            check.AuditIndex);
    }
}

/// <summary>A target of a logged check that was answered conflict.</summary>
/// <param name="Index">The target's index.</param>
/// <param name="Told">What the asker was told.</param>
/// <param name="SiteIds">The sites behind it (monitor only).</param>
public sealed record LoggedConflictDto(int Index, string Told, IReadOnlyList<string>? SiteIds);
