using Truce.Domain.Humanitarian;
using Truce.Formats.Humanitarian;
using Truce.Testing;

namespace Truce.Formats.Tests.Humanitarian;

/// <summary>The bundled Aleppo 2016 humanitarian record, read from data/aleppo-2016 the way the store loads it.</summary>
internal static class AleppoRecord
{
    private static readonly Lazy<HumanitarianRecord> Record = new(() =>
    {
        var manifest = HumanitarianManifest.Read(RepoFiles.Data("aleppo-2016", "humanitarian.json"));
        return new HumanitarianRecord
        {
            Areas = manifest.Areas,
            Sieges = Read(manifest.Sieges[0], s => SiegeTableReader.Read(s, "sieges.csv", a => manifest.Areas.Any(m => m.Matches(a)))),
            Access = Read(manifest.Convoys[0], s => ConvoyTableReader.Read(s, "convoys.csv")),
            Casualties = Read(manifest.Casualties[0], s => CasualtySeriesReader.Read(s, "incident_tolls.csv")),
            Parties = manifest.Parties,
            Conditions = manifest.Conditions,
            Places = manifest.Places,
        };
    });

    public static HumanitarianRecord Value => Record.Value;

    public static AccessIndicators Indicators() => new(Record.Value);

    public static AreaAccess EastAleppo(string day) => Indicators().For(Record.Value.Areas.Single(a => a.Id == "east-aleppo"), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

    private static T Read<T>(string path, Func<Stream, T> read)
    {
        using var stream = File.OpenRead(path);
        return read(stream);
    }
}
