using Truce.Domain.Errors;
using Truce.Domain.Humanitarian;
using Truce.Domain.Time;
using Truce.Formats.Terms;

namespace Truce.Formats.Humanitarian;

/// <summary>
/// Reads a convoy table (layout of <c>convoys.csv</c>, data/aleppo-2016/README.md section 5): one
/// row per source's statement about a convoy or an evacuation. The status's leading words (before
/// a parenthesised aside or a dash) give its kind — see <see cref="Statuses"/>; a delivery whose
/// aside says rations were <em>distributed</em> is a distribution of aid already inside, not an
/// entry. Strict: an unknown status, a bad date, a last day before the first, stop the read.
/// </summary>
public static class ConvoyTableReader
{
    /// <summary>The columns, in the order <see cref="HumanitarianTableWriter"/> writes them.</summary>
    public static readonly string[] Columns =
        ["id", "date", "date_end", "destination", "destination_pcode", "organisation", "status", "trucks", "beneficiaries", "casualties",
         "blocking_party_if_stated", "note", "source_flag", "date_qualifiers", "source_key", "source_url", "source_quote"];

    /// <summary>Statuses (their leading words, lower case) and what they mean.</summary>
    public static readonly IReadOnlyDictionary<string, AccessKind> Statuses = new Dictionary<string, AccessKind>(StringComparer.Ordinal)
    {
        ["requested"] = AccessKind.Requested,
        ["awaiting approval"] = AccessKind.AwaitingApproval,
        ["approved"] = AccessKind.Approved,
        ["denied"] = AccessKind.Denied,
        ["denied/aborted"] = AccessKind.Denied,
        ["delayed"] = AccessKind.Delayed,
        ["delivered"] = AccessKind.Delivered,
        ["delivered then attacked"] = AccessKind.DeliveredThenAttacked,
        ["attacked"] = AccessKind.Attacked,
        ["suspended"] = AccessKind.Suspended,
        ["stocks exhausted"] = AccessKind.StocksExhausted,
        ["evacuation"] = AccessKind.Evacuation,
        ["evacuation halted"] = AccessKind.EvacuationHalted,
        ["evacuation complete"] = AccessKind.EvacuationComplete,
    };

    /// <exception cref="DataFormatException">The first bad row, or a missing column.</exception>
    public static IReadOnlyList<AccessEvent> Read(Stream stream, string file)
    {
        var table = SourcedTable.Read(stream, file, "id", Columns[1..]);
        return [.. table.Rows.Select(Row)];
    }

    /// <summary>The kind of a status as written, or null when its leading words are not in <see cref="Statuses"/>.</summary>
    public static AccessKind? KindOf(string status)
    {
        var text = status.Trim().ToLowerInvariant();
        var aside = text.IndexOf(" (", StringComparison.Ordinal);
        var lead = aside < 0 ? text : text[..aside];
        var dash = lead.IndexOf(" - ", StringComparison.Ordinal);
        lead = (dash < 0 ? lead : lead[..dash]).Trim();
        if (!Statuses.TryGetValue(lead, out var kind))
        {
            return null;
        }

        return kind == AccessKind.Delivered && aside >= 0 && text[aside..].Contains("distributed", StringComparison.Ordinal) ? AccessKind.Distribution : kind;
    }

    private static AccessEvent Row(SourcedRow row)
    {
        var status = row["status"].Trim();
        var kind = KindOf(status)
            ?? throw new DataFormatException(row.File, row.Line, row.ColumnOf("status"), "status", $"unknown status '{status}' (its leading words must be one of {string.Join(", ", Statuses.Keys)})");
        var date = PartialDate.Parse(row["date"], row.File, row.Line, row.ColumnOf("date"), "date")
            ?? throw new DataFormatException(row.File, row.Line, row.ColumnOf("date"), "date", "empty: every row needs a date");
        var end = PartialDate.Parse(row["date_end"], row.File, row.Line, row.ColumnOf("date_end"), "date_end");
        if (end is not null && end.Latest < date.Earliest)
        {
            throw new DataFormatException(row.File, row.Line, row.ColumnOf("date_end"), "date_end", $"{end.Text} is before the first day {date.Text}");
        }

        var destination = row["destination"].Trim();
        if (destination.Length == 0)
        {
            throw new DataFormatException(row.File, row.Line, row.ColumnOf("destination"), "destination", "empty: every row needs a destination");
        }

        return new AccessEvent
        {
            Id = row.Id,
            Date = date,
            DateEnd = end,
            Destination = destination,
            DestinationPcode = row["destination_pcode"].Trim(),
            Organisation = row["organisation"],
            Status = status,
            Kind = kind,
            Trucks = row["trucks"],
            TruckCount = Counts.Leading(row["trucks"]) is { } t && t <= int.MaxValue ? (int)t : null,
            Beneficiaries = row["beneficiaries"],
            PeopleReached = Counts.Leading(row["beneficiaries"]),
            Casualties = row["casualties"],
            BlockingParty = row["blocking_party_if_stated"],
            Note = row["note"],
            DateQualifiers = row["date_qualifiers"],
            Source = row.Source,
        };
    }
}
