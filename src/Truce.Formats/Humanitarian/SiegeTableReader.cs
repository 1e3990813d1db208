using Truce.Domain.Errors;
using Truce.Domain.Humanitarian;
using Truce.Domain.Time;
using Truce.Formats.Terms;

namespace Truce.Formats.Humanitarian;

/// <summary>
/// Reads a siege table (layout of <c>sieges.csv</c>, data/aleppo-2016/README.md section 4): one
/// row per source's statement. Strict: the first bad row stops the read with its file, line,
/// column and reason — an unknown record type, a bad date, a population that is not a whole number,
/// a range whose low exceeds its high.
/// </summary>
public static class SiegeTableReader
{
    /// <summary>The columns, in the order <see cref="HumanitarianTableWriter"/> writes them.</summary>
    public static readonly string[] Columns =
        ["id", "besieged_area", "governorate", "area_pcodes", "record_type", "date", "date_basis", "besieging_parties", "population_estimate",
         "population_low", "population_high", "estimate_date", "reporting_org", "note", "source_flag", "date_qualifiers", "source_key", "source_url", "source_quote"];

    /// <summary>Record types as written, and what they mean.</summary>
    public static readonly IReadOnlyDictionary<string, SiegeRecordKind> Kinds = new Dictionary<string, SiegeRecordKind>(StringComparer.Ordinal)
    {
        ["siege_start"] = SiegeRecordKind.Start,
        ["siege_end"] = SiegeRecordKind.End,
        ["interruption"] = SiegeRecordKind.Interruption,
        ["siege_reimposed"] = SiegeRecordKind.Reimposed,
        ["un_status"] = SiegeRecordKind.UnStatus,
        ["un_declaration"] = SiegeRecordKind.UnDeclaration,
        ["besieging_party"] = SiegeRecordKind.BesiegingParty,
        ["counter_siege"] = SiegeRecordKind.CounterSiege,
        ["population_estimate"] = SiegeRecordKind.PopulationEstimate,
        ["population_flow"] = SiegeRecordKind.PopulationFlow,
        ["national_total"] = SiegeRecordKind.NationalTotal,
        ["area_population"] = SiegeRecordKind.AreaPopulation,
        ["area_status"] = SiegeRecordKind.AreaStatus,
    };

    /// <param name="stream">The table.</param>
    /// <param name="file">Its name, for errors.</param>
    /// <param name="isArea">When given, a row whose area it rejects is an error (every row must be about a known area).</param>
    /// <exception cref="DataFormatException">The first bad row, or a missing column.</exception>
    public static IReadOnlyList<SiegeRecord> Read(Stream stream, string file, Func<string, bool>? isArea = null)
    {
        var table = SourcedTable.Read(stream, file, "id", Columns[1..]);
        return [.. table.Rows.Select(r => Row(r, isArea))];
    }

    private static SiegeRecord Row(SourcedRow row, Func<string, bool>? isArea)
    {
        var type = row["record_type"].Trim();
        if (!Kinds.TryGetValue(type, out var kind))
        {
            throw new DataFormatException(row.File, row.Line, row.ColumnOf("record_type"), "record_type", $"unknown record type '{type}' (one of {string.Join(", ", Kinds.Keys)})");
        }

        var area = row["besieged_area"].Trim();
        if (area.Length == 0)
        {
            throw new DataFormatException(row.File, row.Line, row.ColumnOf("besieged_area"), "besieged_area", "empty: every row is about an area");
        }

        if (isArea is not null && !isArea(area))
        {
            throw new DataFormatException(row.File, row.Line, row.ColumnOf("besieged_area"), "besieged_area", $"'{area}' is not an area of the manifest: add it to an area's names");
        }

        var date = PartialDate.Parse(row["date"], row.File, row.Line, row.ColumnOf("date"), "date")
            ?? throw new DataFormatException(row.File, row.Line, row.ColumnOf("date"), "date", "empty: every row needs a date");
        var value = Counts.Strict(row, "population_estimate");
        var low = Counts.Strict(row, "population_low");
        var high = Counts.Strict(row, "population_high");
        if (low is not null && high is not null && low > high)
        {
            throw new DataFormatException(row.File, row.Line, row.ColumnOf("population_low"), "population_low", $"low {low} is above high {high}");
        }

        if (value is not null && (low is not null || high is not null))
        {
            throw new DataFormatException(row.File, row.Line, row.ColumnOf("population_low"), "population_low", "a row gives either population_estimate or a low/high range, not both");
        }

        return new SiegeRecord
        {
            Id = row.Id,
            AreaName = area,
            Governorate = row["governorate"],
            AreaPcodes = row["area_pcodes"],
            Kind = kind,
            Date = date,
            DateBasis = row["date_basis"],
            BesiegingParties = row["besieging_parties"],
            Population = value is null && low is null && high is null ? null : new PopulationFigure(value, low, high),
            EstimateDate = PartialDate.Parse(row["estimate_date"], row.File, row.Line, row.ColumnOf("estimate_date"), "estimate_date"),
            ReportingOrg = row["reporting_org"],
            Note = row["note"],
            DateQualifiers = row["date_qualifiers"],
            Source = row.Source,
        };
    }
}
