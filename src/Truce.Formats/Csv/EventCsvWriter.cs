using Truce.Domain.Events;

namespace Truce.Formats.Csv;

/// <summary>
/// Writes events as CSV in ACLED's layout plus Truce's extra columns (<see cref="TruceCsvColumns"/>),
/// safe to open in a spreadsheet (text cells cannot start a formula), readable back by
/// <see cref="TruceCsvReader"/> into the same records.
/// </summary>
public static class EventCsvWriter
{
    /// <summary>Writes the header and one line per revision; returns the number of events written.</summary>
    public static long Write(IEnumerable<EventRevision> events, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(events);
        var csv = new CsvWriter(output);
        csv.Record(TruceCsvColumns.All);
        long n = 0;
        foreach (var e in events)
        {
            csv.Record(EventCells.Of(e));
            n++;
        }

        return n;
    }
}
