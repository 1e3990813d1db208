using NetTopologySuite.Geometries;
using Truce.Domain.Events;
using Truce.Storage.Contract;

namespace Truce.Storage.Import;

/// <summary>The extent an import checks coordinates against (<see cref="ImportOptions.CountryExtent"/>).</summary>
public static class CountryExtent
{
    /// <summary>
    /// The box around every stored admin1 boundary (WGS 84 degrees), or null when the store holds none.
    /// Reads every admin1 boundary: linear in their vertices.
    /// </summary>
    public static Envelope? Of(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var admin1 = store.Boundaries(AdminLevel.Admin1);
        if (admin1.Count == 0)
        {
            return null;
        }

        var extent = new Envelope();
        foreach (var b in admin1)
        {
            extent.ExpandToInclude(b.Geometry.EnvelopeInternal);
        }

        return extent;
    }
}
