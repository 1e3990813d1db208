using Truce.Domain.Events;
using Truce.Formats.Csv;

namespace Truce.Formats.Hxl;

/// <summary>
/// Writes events as HXL-tagged CSV: Truce's CSV columns with a second header row of HXL hashtags,
/// using the tags HDX gives ACLED and UCDP data (<c>#event+code</c>, <c>#date+occurred</c>,
/// <c>#group+name+first</c>, <c>#affected+killed</c>, <c>#geo+lat</c>, ...), and HXL-style tags
/// for the columns HDX does not tag.
/// </summary>
public static class HxlEventWriter
{
    /// <summary>Hashtag per column of <see cref="TruceCsvColumns.All"/>.</summary>
    public static IReadOnlyDictionary<string, string> Tags { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["event_id_cnty"] = "#event+code",
        ["event_date"] = "#date+occurred",
        ["year"] = "#date+year",
        ["time_precision"] = "#date+precision",
        ["disorder_type"] = "#event+type+disorder",
        ["event_type"] = "#event+type",
        ["sub_event_type"] = "#event+type+sub",
        ["actor1"] = "#group+name+first",
        ["assoc_actor_1"] = "#group+name+first+assoc",
        ["inter1"] = "#group+type+first",
        ["actor2"] = "#group+name+second",
        ["assoc_actor_2"] = "#group+name+second+assoc",
        ["inter2"] = "#group+type+second",
        ["interaction"] = "#group+type+interaction",
        ["civilian_targeting"] = "#targeted+civilians",
        ["iso"] = "#country+code+num",
        ["region"] = "#region+name",
        ["country"] = "#country+name",
        ["admin1"] = "#adm1+name",
        ["admin2"] = "#adm2+name",
        ["admin3"] = "#adm3+name",
        ["location"] = "#loc+name",
        ["latitude"] = "#geo+lat",
        ["longitude"] = "#geo+lon",
        ["geo_precision"] = "#geo+precision",
        ["source"] = "#meta+source",
        ["source_scale"] = "#meta+source+scale",
        ["notes"] = "#description",
        ["fatalities"] = "#affected+killed",
        ["tags"] = "#meta+tags",
        ["timestamp"] = "#date+updated",
        ["dataset"] = "#meta+dataset",
        ["revision"] = "#meta+revision",
        ["recorded_at"] = "#date+recorded",
        ["date_start"] = "#date+start",
        ["date_end"] = "#date+end",
        ["date_prec"] = "#date+precision+ucdp",
        ["where_prec"] = "#geo+precision+ucdp",
        ["type_of_violence"] = "#event+type+violence",
        ["conflict_name"] = "#crisis+name",
        ["dyad"] = "#group+name+dyad",
        ["best"] = "#affected+killed+best",
        ["low"] = "#affected+killed+low",
        ["high"] = "#affected+killed+high",
        ["deaths_a"] = "#affected+killed+side_a",
        ["deaths_b"] = "#affected+killed+side_b",
        ["deaths_civilians"] = "#affected+killed+civilians",
        ["deaths_unknown"] = "#affected+killed+unknown",
        ["number_of_sources"] = "#meta+sources+num",
        ["claimed_target"] = "#target+claimed",
        ["adm1_pcode"] = "#adm1+code",
        ["adm2_pcode"] = "#adm2+code",
        ["adm3_pcode"] = "#adm3+code",
        ["original_fields"] = "#meta+original",
    };

    /// <summary>Writes the header, the hashtag row and one line per revision.</summary>
    public static long Write(IEnumerable<EventRevision> events, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(events);
        var csv = new CsvWriter(output);
        csv.Record(TruceCsvColumns.All);
        csv.Record(TruceCsvColumns.All.Select(c => Tags[c]));
        long n = 0;
        foreach (var e in events)
        {
            csv.Record(EventCells.Of(e));
            n++;
        }

        return n;
    }
}
