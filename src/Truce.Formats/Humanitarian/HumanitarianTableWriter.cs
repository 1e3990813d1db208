using System.Globalization;
using Truce.Domain.Humanitarian;
using Truce.Formats.Csv;

namespace Truce.Formats.Humanitarian;

/// <summary>
/// Writes siege tables, convoy tables and casualty series from the records, in the layout their
/// readers take (<see cref="SiegeTableReader.Columns"/>, <see cref="ConvoyTableReader.Columns"/>,
/// <see cref="CasualtySeriesReader.Columns"/>): every figure with its own source, nothing merged.
/// </summary>
public static class HumanitarianTableWriter
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void WriteSieges(TextWriter output, IEnumerable<SiegeRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvWriter(output);
        csv.Record(SiegeTableReader.Columns);
        foreach (var r in rows)
        {
            var kind = SiegeTableReader.Kinds.First(k => k.Value == r.Kind).Key;
            csv.Record([
                r.Id, r.AreaName, r.Governorate, r.AreaPcodes, kind, r.Date.Text, r.DateBasis, r.BesiegingParties,
                Number(r.Population?.Value), Number(r.Population?.Low), Number(r.Population?.High), r.EstimateDate?.Text, r.ReportingOrg, r.Note,
                r.Source.Flag, r.DateQualifiers, r.Source.Key, r.Source.Url, r.Source.Quote]);
        }
    }

    public static void WriteConvoys(TextWriter output, IEnumerable<AccessEvent> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvWriter(output);
        csv.Record(ConvoyTableReader.Columns);
        foreach (var r in rows)
        {
            csv.Record([
                r.Id, r.Date.Text, r.DateEnd?.Text, r.Destination, r.DestinationPcode, r.Organisation, r.Status, r.Trucks, r.Beneficiaries, r.Casualties,
                r.BlockingParty, r.Note, r.Source.Flag, r.DateQualifiers, r.Source.Key, r.Source.Url, r.Source.Quote]);
        }
    }

    public static void WriteCasualties(TextWriter output, IEnumerable<CasualtyFigure> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvWriter(output);
        csv.Record(CasualtySeriesReader.Columns);
        foreach (var r in rows)
        {
            csv.Record([
                r.Id, r.Series, r.From.Text, r.To == r.From ? null : r.To.Text, r.Area, r.AreaName, Number(r.Killed), Number(r.KilledHigh), r.Qualifier, r.Reporter,
                r.Source.Key, r.Source.Url, r.Source.Quote, r.Source.Flag, r.Note]);
        }
    }

    private static string? Number(long? value) => value?.ToString(C);
}
