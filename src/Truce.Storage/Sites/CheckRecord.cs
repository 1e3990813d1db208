using NetTopologySuite.Geometries;

namespace Truce.Storage.Sites;

/// <summary>
/// One strike check as logged: who asked, what, when, and what they were told. Confidential to
/// the monitor (the targets are a party's plans); the audit log holds only a SHA-256 commitment
/// to a group of checks (<see cref="Contract.ISiteStore.RecordChecks"/>).
/// </summary>
/// <param name="Principal">Who asked: <c>user:NAME</c>.</param>
/// <param name="Party">The asker's party (null for the monitor).</param>
/// <param name="At">When the check was answered.</param>
/// <param name="Targets">The points or polygons checked, in request order (one for a single check; many for a batch).</param>
/// <param name="RadiusMetres">The strike radius asked about.</param>
/// <param name="From">Start of the window asked about.</param>
/// <param name="To">End of the window asked about.</param>
/// <param name="Outcome">What was answered.</param>
/// <param name="Conflicts">For each target in conflict, its index in <see cref="Targets"/> and the categories and contacts it was told, as text; empty when all were clear or refused.</param>
public sealed record CheckRecord(
    string Principal,
    string? Party,
    DateTimeOffset At,
    IReadOnlyList<Geometry> Targets,
    double RadiusMetres,
    DateTimeOffset From,
    DateTimeOffset To,
    CheckOutcome Outcome,
    IReadOnlyList<CheckConflict> Conflicts);

/// <summary>One target of a check that was answered "conflict", and what the asker was told about it.</summary>
/// <param name="Index">The target's index in <see cref="CheckRecord.Targets"/>.</param>
/// <param name="Told">The answer's text, e.g. <c>conflict: hospital (MSF desk)</c>.</param>
/// <param name="SiteIds">The sites behind the conflict (never told to the asker).</param>
public sealed record CheckConflict(int Index, string Told, IReadOnlyList<string> SiteIds);

/// <summary>How a check was answered.</summary>
public enum CheckOutcome
{
    /// <summary>Answered: every target clear or in conflict (see <see cref="CheckRecord.Conflicts"/>).</summary>
    Answered,

    /// <summary>Refused: the principal's or the global query budget was spent.</summary>
    RefusedBudget,

    /// <summary>Refused: the principal is throttled after a probing alert.</summary>
    RefusedThrottled,
}
