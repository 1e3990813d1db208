using Truce.Domain.Humanitarian;
using Truce.Domain.Sources;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>
/// One row of a siege table as one source states it: a start, end or interruption of a siege, or a
/// count of people with who gave it (<see cref="Figure"/> as the figure reads: <c>275,000</c>,
/// <c>≥250,000</c>, <c>250,000–275,000</c>). Never merged with another source's row.
/// </summary>
/// <param name="Id">Row id, e.g. S09.</param>
/// <param name="Kind">What the row states (the table's record_type).</param>
/// <param name="AreaName">The area as the table names it.</param>
/// <param name="Date">The row's date as written (a day, month or year).</param>
/// <param name="FigureDate">When the count was true, as written (the estimate date, else the row's date); null without a count.</param>
/// <param name="ReportingOrg">Who gave the figure or statement.</param>
/// <param name="Figure">The count as text; null without one.</param>
/// <param name="Value">The count, when the source gave one number.</param>
/// <param name="Low">The lower bound of a range, or the "at least" of an open figure.</param>
/// <param name="High">The upper bound of a range.</param>
/// <param name="LowerBound">True when the source gave a lower bound only ("at least", "more than").</param>
/// <param name="BesiegingParties">The besieging parties as the source names them.</param>
/// <param name="DateBasis">What the date means, in the table's words.</param>
/// <param name="DateQualifiers">What the source said beyond the ISO dates, e.g. <c>date: (late)</c>.</param>
/// <param name="Note">Anything the row adds.</param>
/// <param name="Source">The row (file#id) and the public source it cites: key, URL, quote, caution flag.</param>
public sealed record SiegeRowDto(
    string Id,
    SiegeRecordKind Kind,
    string AreaName,
    string Date,
    string? FigureDate,
    string? ReportingOrg,
    string? Figure,
    long? Value,
    long? Low,
    long? High,
    bool? LowerBound,
    string? BesiegingParties,
    string? DateBasis,
    string? DateQualifiers,
    string? Note,
    SourceRef Source)
{
    public static SiegeRowDto Of(SiegeRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var p = r.Population;
        return new(r.Id, r.Kind, r.AreaName, r.Date.Text, p is null ? null : r.FigureDate.Text, Text(r.ReportingOrg), p?.ToString(), p?.Value, p?.Low, p?.High,
            p?.IsLowerBound, Text(r.BesiegingParties), Text(r.DateBasis), Text(r.DateQualifiers), Text(r.Note), r.Source);
    }

    internal static string? Text(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
