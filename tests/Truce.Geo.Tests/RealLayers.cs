using Truce.Domain.Control;
using Truce.Formats.Control;
using Truce.Formats.GeoJson;
using Truce.Geo.Admin;
using Truce.Testing;

namespace Truce.Geo.Tests;

/// <summary>The bundled real layers the geo tests run on, read once.</summary>
internal static class RealLayers
{
    private static readonly Lazy<IReadOnlyList<AdminBoundary>> LazyNeighbourhoods = new(() => Read("syr_neighborhoods.geojson"));
    private static readonly Lazy<IReadOnlyList<ControlRecord>> LazyAleppo = new(ReadAleppo);
    private static readonly Lazy<ControlReadResult> LazyPlaces2017 = new(ReadPlaces);

    /// <summary>OCHA city neighbourhoods, ordered by P-code.</summary>
    public static IReadOnlyList<AdminBoundary> Neighbourhoods => LazyNeighbourhoods.Value;

    /// <summary>The Aleppo 2016 control table on the OCHA neighbourhood polygons.</summary>
    public static IReadOnlyList<ControlRecord> Aleppo => LazyAleppo.Value;

    /// <summary>The 2017 front-map points.</summary>
    public static IReadOnlyList<ControlRecord> Places2017 => LazyPlaces2017.Value.Records;

    public static IReadOnlyList<AdminBoundary> Read(string ochaFile)
    {
        using var s = File.OpenRead(RepoFiles.Ocha(ochaFile));
        return [.. AdminGeoJsonReader.Read(s, ochaFile).OrderBy(b => b.Pcode, StringComparer.Ordinal)];
    }

    private static IReadOnlyList<ControlRecord> ReadAleppo()
    {
        var polygons = Neighbourhoods.ToDictionary(b => b.Pcode, b => b.Geometry, StringComparer.Ordinal);
        using var reader = new SourcedControlTableReader(File.OpenRead(RepoFiles.Data("aleppo-2016", "aleppo_control.csv")), "aleppo_control.csv", polygons);
        return reader.Read();
    }

    private static ControlReadResult ReadPlaces()
    {
        using var reader = new FrontMapPointReader(File.OpenRead(RepoFiles.Data("control-2017", "control_points.csv")), "control_points.csv", FrontMapPointReader.Syria2017);
        return reader.Read();
    }
}
