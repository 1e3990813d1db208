using System.Globalization;
using Truce.Domain.Humanitarian;
using Truce.Formats.Csv;
using Truce.Storage.Humanitarian;

namespace Truce.Cli.Commands;

/// <summary>The CSV the access, body-count and condition verbs print (columns in docs/humanitarian.md).</summary>
internal static class AccessCsv
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public const string AreaHeader = "date,area,area_name,status,definitions_holding,definitions,besieging_parties,population_low,population_high,population_latest,figures," +
        "days_since_delivery_min,days_since_delivery_max,last_delivery_rows,reached_30d,reached_incomplete,share_reached_low,share_reached_high," +
        "denials_30d,denials_total,attacks_30d,attacks_total";

    public const string PartyHeader = "date,party,party_name,denials_30d,denials_total,attacks_30d,attacks_total,rows";

    public const string BodyCountHeader = "area,from,to,kind,series,id,reporter,killed,killed_high,qualifier,events,best,low,high,difference_from_record_best,source_url,note";

    public static string Area(AreaAccess a) => string.Create(C,
        $"{a.At:yyyy-MM-dd},{Cell(a.Area.Id)},{Cell(a.Area.Name)},{Status(a.Status)},{a.DefinitionsHolding},{a.Definitions},{Cell(Besiegers(a))},{a.PopulationLow},{a.PopulationHigh}," +
        $"{Cell(Figures(a.LatestFigures))},{Cell(Figures(a.Figures))},{a.DaysSinceDeliveryMin},{a.DaysSinceDeliveryMax},{Cell(string.Join(' ', a.LastDeliveries.Select(d => d.Id)))}," +
        $"{a.Reached},{(a.ReachedIncomplete ? "yes" : "no")},{Share(a.ShareReachedLow)},{Share(a.ShareReachedHigh)},{a.DenialsRecent},{a.DenialsTotal},{a.AttacksRecent},{a.AttacksTotal}");

    public static string Party(DateOnly day, PartyTally t) => string.Create(C,
        $"{day:yyyy-MM-dd},{Cell(t.PartyId)},{Cell(t.PartyName)},{t.DenialsRecent},{t.Denials},{t.AttacksRecent},{t.Attacks},{Cell(string.Join(' ', t.Rows))}");

    public static IEnumerable<string> BodyCounts(BodyCountComparison b)
    {
        var head = string.Create(C, $"{Cell(b.Area)},{b.From:yyyy-MM-dd},{b.To:yyyy-MM-dd}");
        foreach (var r in b.Record)
        {
            yield return string.Create(C, $"{head},record,{r.Dataset},,,,,,{r.Events},{r.Best},{r.Low},{r.High},,,");
        }

        foreach (var f in b.Figures)
        {
            yield return string.Create(C,
                $"{head},figure,{Cell(f.Series)},{Cell(f.Id)},{Cell(f.Reporter)},{f.Killed},{f.KilledHigh},{Cell(f.Qualifier)},,,,,{b.Difference(f)},{Cell(f.Source.Url)},{Cell(f.Note)}");
        }
    }

    /// <summary><c>S09 UN OCHA (Jens Laerke): 275,000 | …</c>: every figure with who gave it.</summary>
    public static string Figures(IEnumerable<SiegeRecord> figures) =>
        string.Join(" | ", figures.Select(f => $"{f.Id} {f.ReportingOrg}: {f.Population} ({f.FigureDate.Text})"));

    /// <summary><c>Syrian government forces [S01 S03] | Regime forces; Hezbollah [S06]</c>: each party as stated, with its rows.</summary>
    public static string Besiegers(AreaAccess a) =>
        string.Join(" | ", a.Besiegers.GroupBy(b => b.BesiegingParties.Trim(), StringComparer.Ordinal).Select(g => $"{g.Key} [{string.Join(' ', g.Select(r => r.Id))}]"));

    public static string Status(SiegeStatus status) => status switch
    {
        SiegeStatus.NotBesieged => "not-besieged",
        SiegeStatus.Besieged => "besieged",
        SiegeStatus.BesiegedBySome => "besieged-by-some-definitions",
        SiegeStatus.Interrupted => "interrupted",
        SiegeStatus.Ended => "ended",
        SiegeStatus.Reported => "reported-besieged",
        _ => status.ToString(),
    };

    private static string Share(double? share) => share?.ToString("0.0000", C) ?? "";

    private static string Cell(string? text) => SafeCell.Csv(text ?? "");
}
