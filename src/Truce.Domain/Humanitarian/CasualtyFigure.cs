using Truce.Domain.Sources;
using Truce.Domain.Time;

namespace Truce.Domain.Humanitarian;

/// <summary>
/// One row of a casualty series: people killed in an area over a period, by one source
/// (docs/humanitarian.md, "Casualty series"). Series are compared with the event record side by
/// side, never merged into it.
/// </summary>
/// <param name="Series">The series' name (its file, or the <c>series</c> column).</param>
/// <param name="Id">The row's id (or line number).</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day (the same as <paramref name="From"/> for one day).</param>
/// <param name="Area">The area: a P-code at any level, or a name.</param>
/// <param name="AreaName">A readable name for it.</param>
/// <param name="Killed">The figure (the lower bound when <paramref name="Qualifier"/> says "at least").</param>
/// <param name="KilledHigh">An upper bound, for a range.</param>
/// <param name="Qualifier">How the source qualified it: empty, <c>at least</c>, <c>as many as</c>, <c>about</c>.</param>
/// <param name="Reporter">Who gave the figure (the <c>source</c> column), e.g. <c>MSF</c>.</param>
/// <param name="Source">The row, and the public source it cites.</param>
/// <param name="Note">Anything the row adds (e.g. which incident).</param>
public sealed record CasualtyFigure(string Series, string Id, PartialDate From, PartialDate To, string Area, string AreaName, int Killed, int? KilledHigh, string Qualifier, string Reporter, SourceRef Source, string Note)
{
    /// <summary>True when the figure's days overlap [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => From.Earliest <= to && To.Latest >= from;
}
