using Truce.Domain.Adjudication;
using Truce.Storage.Map;

namespace Truce.Server.Map;

/// <summary>
/// The current events with a point, in memory, for map queries: columns sorted by first day (then
/// key), so a day window is one binary search and a contiguous scan; each event's verdict outcome
/// per (agreement, stakeholder) as one byte, and per agreement whether stakeholders disagree.
/// </summary>
/// <remarks>
/// Immutable once built and safe to share between requests. About 48 bytes per event plus one byte
/// per verdict. No spatial index: a city view over 30 days scans a few tens of thousands of
/// events, a country over a year a few hundred thousand, and both stay within a few milliseconds
/// (bench/README.md, "Map bins"), so a grid would save little and cost memory.
/// </remarks>
internal sealed partial class MapIndex
{
    private readonly int[] _day;
    private readonly double[] _lon;
    private readonly double[] _lat;
    private readonly int[] _best;
    private readonly int[] _span;
    private readonly string[] _key;
    private readonly byte[] _outcome;
    private readonly bool[] _disputed;

    private MapIndex(int count, IReadOnlyList<NamedId> agreements, IReadOnlyList<NamedId> stakeholders)
    {
        Agreements = agreements;
        Stakeholders = stakeholders;
        _day = new int[count];
        _lon = new double[count];
        _lat = new double[count];
        _best = new int[count];
        _span = new int[count];
        _key = new string[count];
        _outcome = new byte[count * agreements.Count * stakeholders.Count];
        _disputed = new bool[count * agreements.Count];
    }

    /// <summary>Agreements in verdict slot order.</summary>
    public IReadOnlyList<NamedId> Agreements { get; }

    /// <summary>Stakeholders in verdict slot order.</summary>
    public IReadOnlyList<NamedId> Stakeholders { get; }

    public int Count => _day.Length;

    public DateOnly? FirstDay => Count == 0 ? null : DateOnly.FromDayNumber(_day[0]);

    public DateOnly? LastDay => Count == 0 ? null : DateOnly.FromDayNumber(_day[^1]);

    /// <summary>Slots per event: agreements × stakeholders; slot = agreement × stakeholders + stakeholder.</summary>
    public int Slots => Agreements.Count * Stakeholders.Count;

    /// <summary>
    /// Builds the index, streaming the verdicts once. Agreements and stakeholders keep the order
    /// given (the scenario's terms); verdicts naming others (terms changed since the last run) and
    /// verdicts of events not among <paramref name="events"/> (no point) are left out.
    /// O(n log n) for the sort, one hash lookup per event's group of verdicts.
    /// </summary>
    public static MapIndex Build(IEnumerable<MapEvent> events, IEnumerable<MapVerdict> verdicts, IReadOnlyList<NamedId> agreements, IReadOnlyList<NamedId> stakeholders)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(verdicts);
        var rows = events.ToArray();
        Array.Sort(rows, static (a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : string.CompareOrdinal(a.Key, b.Key));
        ArgumentNullException.ThrowIfNull(agreements);
        ArgumentNullException.ThrowIfNull(stakeholders);
        var index = new MapIndex(rows.Length, agreements, stakeholders);
        var position = new Dictionary<string, int>(rows.Length, StringComparer.Ordinal);
        for (var i = 0; i < rows.Length; i++)
        {
            var e = rows[i];
            (index._day[i], index._lon[i], index._lat[i], index._best[i], index._key[i], index._span[i]) = (e.Day.DayNumber, e.Longitude, e.Latitude, e.Best, e.Key, e.SpanDays);
            position[e.Key] = i;
        }

        var agreementSlot = agreements.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var stakeholderSlot = stakeholders.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var (slots, s) = (index.Slots, stakeholders.Count);
        string? lastKey = null;
        var at = -1;
        foreach (var v in verdicts)
        {
            // Verdicts arrive grouped by event: one hash lookup per event, not per verdict.
            if (!ReferenceEquals(v.EventKey, lastKey))
            {
                lastKey = v.EventKey;
                at = position.GetValueOrDefault(v.EventKey, -1);
            }

            if (at < 0)
            {
                continue;
            }

            if (!agreementSlot.TryGetValue(v.Agreement, out var a) || !stakeholderSlot.TryGetValue(v.Stakeholder, out var k))
            {
                continue;
            }

            index._outcome[(at * slots) + (a * s) + k] = (byte)v.Outcome;
            index._disputed[(at * agreements.Count) + a] |= v.Disputed;
        }

        return index;
    }

    /// <summary>The event's key (<c>dataset:source_id</c>).</summary>
    public string Key(int i) => _key[i];

    public DateOnly Day(int i) => DateOnly.FromDayNumber(_day[i]);

    public double Longitude(int i) => _lon[i];

    public double Latitude(int i) => _lat[i];

    public int Best(int i) => _best[i];

    /// <summary>The outcome under agreement slot <paramref name="agreement"/> for stakeholder slot <paramref name="stakeholder"/>; null when not judged.</summary>
    public VerdictOutcome? Outcome(int i, int agreement, int stakeholder)
    {
        var o = _outcome[(i * Slots) + (agreement * Stakeholders.Count) + stakeholder];
        return o == 0 ? null : (VerdictOutcome)o;
    }

    public bool Disputed(int i, int agreement) => _disputed[(i * Agreements.Count) + agreement];

    /// <summary>Index range [start, end) of the events whose first day lies in [from, to].</summary>
    public (int Start, int End) Days(DateOnly? from, DateOnly? to)
    {
        var start = from is { } f ? LowerBound(f.DayNumber) : 0;
        var end = to is { } t ? LowerBound(t.DayNumber + 1) : _day.Length;
        return (start, Math.Max(start, end));
    }

    private int LowerBound(int day)
    {
        var (lo, hi) = (0, _day.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_day[mid] < day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
