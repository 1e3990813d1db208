using Truce.Domain.Events;

namespace Truce.Storage.Import;

/// <summary>
/// The last P-codes found for recently placed points, in a fixed table of sets of two slots,
/// chosen by a hash of (longitude, latitude, level): a point seen before answers from the table,
/// a new point costs a look at two slots and takes the newer of them. Geocoded event data repeats
/// points a lot (the bundled UCDP file: 16,566 events at 2,020 distinct points); data that does
/// not repeat them pays almost nothing, and the table stays small enough for a core's cache.
/// </summary>
/// <remarks>Not thread-safe: one table per writer.</remarks>
internal sealed class PlacementCache
{
    /// <summary>Slots in the table, two to a set.</summary>
    internal const int Slots = 2 << SetBits;

    private const int SetBits = 12;

    private readonly Slot[] _slots = new Slot[Slots];

    /// <summary>The codes remembered for exactly this point and level, if any.</summary>
    public bool TryGet(double longitude, double latitude, AdminLevel level, out AdminCodes codes)
    {
        var first = Set(longitude, latitude, level);
        for (var i = first; i < first + 2; i++)
        {
            ref var slot = ref _slots[i];
            if (slot.Used && slot.Longitude.Equals(longitude) && slot.Latitude.Equals(latitude) && slot.Level == level)
            {
                codes = slot.Codes;
                return true;
            }
        }

        codes = default;
        return false;
    }

    /// <summary>Remembers the codes of this point and level in the newer slot of its set; the older one is forgotten.</summary>
    public void Set(double longitude, double latitude, AdminLevel level, AdminCodes codes)
    {
        var first = Set(longitude, latitude, level);
        _slots[first + 1] = _slots[first];
        _slots[first] = new Slot(longitude, latitude, level, codes, Used: true);
    }

    // The first slot of the point's set. The top bits of a multiply depend on every bit of its
    // input (splitmix64's mixing steps).
    private static int Set(double longitude, double latitude, AdminLevel level)
    {
        var h = ((ulong)BitConverter.DoubleToInt64Bits(longitude) * 0x9E3779B97F4A7C15UL) + (ulong)BitConverter.DoubleToInt64Bits(latitude);
        h = (h ^ (h >> 31)) * 0xBF58476D1CE4E5B9UL;
        h = (h ^ (ulong)level ^ (h >> 29)) * 0x94D049BB133111EBUL;
        return (int)(h >> (64 - SetBits)) * 2;
    }

    private readonly record struct Slot(double Longitude, double Latitude, AdminLevel Level, AdminCodes Codes, bool Used);
}
