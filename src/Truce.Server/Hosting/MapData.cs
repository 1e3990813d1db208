using Truce.Domain.Errors;
using Truce.Domain.Events;
using Truce.Server.Map;
using Truce.Storage.Adjudication;

namespace Truce.Server.Hosting;

/// <summary>
/// What the map endpoints read, for one version of the store: the event index, the basemap,
/// the control areas and the humanitarian record, each built on first use (from a store of its own) and then shared.
/// </summary>
internal sealed class MapData
{
    private readonly Lazy<Scenario?> _scenario;
    private readonly Lazy<MapIndex> _index;
    private readonly Lazy<byte[]> _basemap;
    private readonly Lazy<ControlAreas> _areas;
    private readonly Lazy<HumanitarianData?> _humanitarian;

    public MapData(StoreAccess store, string version)
    {
        ArgumentNullException.ThrowIfNull(store);
        Version = version;
        _scenario = new(() =>
        {
            using var s = store.Open();
            try
            {
                return store.Scenario(s);
            }
            catch (DataFormatException)
            {
                return null; // no scenario stored yet: events without verdicts, no control areas
            }
        });
        _index = new(() =>
        {
            var terms = _scenario.Value?.Terms;
            using var s = store.Open();
            return MapIndex.Build(
                s.MapEvents(),
                s.MapVerdicts(),
                terms?.Agreements.Select(a => new NamedId(a.Id, a.Name)).ToList() ?? [],
                terms?.Stakeholders.Select(k => new NamedId(k.Id, k.Name)).ToList() ?? []);
        });
        _basemap = new(() =>
        {
            using var s = store.Open();
            return Map.Basemap.GeoJson(s.Boundaries(AdminLevel.Admin1, AdminLevel.Admin2));
        });
        _areas = new(() => new ControlAreas(_scenario.Value?.Control ?? []));
        _humanitarian = new(() =>
        {
            using var s = store.Open();
            return HumanitarianData.Load(s, _scenario.Value);
        });
    }

    /// <summary>Data with a given index (benchmarks: a synthetic index behind a real server); the rest is read from the store.</summary>
    internal MapData(StoreAccess store, string version, MapIndex index)
        : this(store, version)
    {
        _index = new(index);
    }

    /// <summary>The store version this data was read from (<c>IMapStore.MapVersion</c>).</summary>
    public string Version { get; }

    public MapIndex Index => _index.Value;

    public byte[] Basemap => _basemap.Value;

    public ControlAreas Areas => _areas.Value;

    /// <summary>The humanitarian record and what is computed over it; null when none is stored.</summary>
    public HumanitarianData? Humanitarian => _humanitarian.Value;

    /// <summary>The scenario, null when none is stored.</summary>
    public Scenario? Scenario => _scenario.Value;
}
