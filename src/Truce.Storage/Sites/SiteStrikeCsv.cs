using System.Globalization;
using Truce.Formats.Csv;
using Truce.Storage.Adjudication;

namespace Truce.Storage.Sites;

/// <summary>
/// The monitor's report of strikes on notified sites as CSV: one row per flag, side and linked
/// party (a side linked to no party has one row with an empty party). Text cells are guarded
/// against formula injection (<see cref="SafeCell"/>); numbers and times are invariant-culture.
/// Monitor-only: distances and bands narrow down where sites are.
/// </summary>
public static class SiteStrikeCsv
{
    /// <summary>The header, in column order.</summary>
    public const string Header =
        "event,date_start,date_end,precision,event_uncertainty_m,site,site_revision,category,site_name,certainty,distance_m,reach_m,band,notified_at,timing,"
        + "side,actor,role,party,party_notified,party_notified_at,checks,last_check_id,last_check_at,last_check_timing,last_check_answer,last_check_named_site,last_check_told,verdicts";

    /// <summary>Writes the header and the flags' rows (LF line ends).</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="flags">The flags, e.g. <see cref="SiteStrikes.Flags"/>.</param>
    /// <param name="verdicts">When given, each event's verdicts fill the <c>verdicts</c> column (<c>agreement/stakeholder=outcome (rule)</c>, joined by <c>; </c>); else it is empty.</param>
    public static void Write(TextWriter output, IEnumerable<SiteStrikeFlag> flags, IEnumerable<StoredVerdict>? verdicts = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(flags);
        var byEvent = (verdicts ?? []).GroupBy(v => v.EventKey, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => string.Join("; ", g.OrderBy(v => v.Agreement, StringComparer.Ordinal).ThenBy(v => v.Stakeholder, StringComparer.Ordinal)
                .Select(v => $"{v.Agreement}/{v.Stakeholder}={SiteStrikeNames.Kebab(v.Outcome.ToString())} ({SiteStrikeNames.Kebab(v.Reason.ToString())})")),
            StringComparer.Ordinal);
        output.Write(Header + "\n");
        foreach (var flag in flags)
        {
            var head = FlagCells(flag);
            var tail = SafeCell.Csv(byEvent.GetValueOrDefault(flag.EventKey));
            var rows = flag.Sides.SelectMany(s => s.Parties.Count == 0
                ? [SideCells(s, null)]
                : s.Parties.Select(p => SideCells(s, p))).DefaultIfEmpty(SideCells(null, null));
            foreach (var row in rows)
            {
                output.Write($"{head},{row},{tail}\n");
            }
        }
    }

    /// <summary>Writes the events that were not assessed and why (header <c>event,reason</c>).</summary>
    public static void WriteNotAssessed(TextWriter output, IEnumerable<NotAssessedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        output.Write("event,reason\n");
        foreach (var e in events)
        {
            output.Write($"{SafeCell.Csv(e.EventKey)},{SafeCell.Csv(e.Reason)}\n");
        }
    }

    private static string FlagCells(SiteStrikeFlag f) => string.Join(',',
        SafeCell.Csv(f.EventKey),
        f.Event.DateStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        f.Event.DateEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        f.Event.GeoPrecision.ToString(CultureInfo.InvariantCulture),
        Metres(f.EventUncertaintyMetres),
        SafeCell.Csv(f.SiteId),
        f.SiteRevision.ToString(CultureInfo.InvariantCulture),
        SiteStrikeNames.Of(f.Category),
        SafeCell.Csv(f.SiteName),
        SiteStrikeNames.Of(f.Certainty),
        Metres(f.DistanceMetres),
        Metres(f.ReachMetres),
        SiteStrikeNames.Of(f.Band),
        SiteStrikeNames.Instant(f.NotifiedAt),
        SiteStrikeNames.Notified(f.Timing));

    private static string SideCells(SideFinding? side, PartyFinding? party)
    {
        var last = party?.Checks.Count > 0 ? party.Checks[^1] : null;
        return string.Join(',',
            side?.Side ?? "",
            SafeCell.Csv(side?.Actor),
            side is null ? "" : SiteStrikeNames.Of(side.Role),
            SafeCell.Csv(party?.Party),
            party is null ? "" : SiteStrikeNames.Notified(party.Notified),
            party?.NotifiedAt is { } at ? SiteStrikeNames.Instant(at) : "",
            party?.Checks.Count.ToString(CultureInfo.InvariantCulture) ?? "",
            last?.CheckId.ToString(CultureInfo.InvariantCulture) ?? "",
            last is null ? "" : SiteStrikeNames.Instant(last.At),
            last is null ? "" : SiteStrikeNames.Checked(last.Timing),
            last is null ? "" : SiteStrikeNames.Of(last.Answer),
            last is null ? "" : last.NamedSite ? "true" : "false",
            SafeCell.Csv(last?.Told));
    }

    private static string Metres(double metres) => Math.Round(metres, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
