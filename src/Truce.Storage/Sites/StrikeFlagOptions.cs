using Truce.Domain.Events;

namespace Truce.Storage.Sites;

/// <summary>
/// How far an event may be from its recorded point, by precision code: the radius of its
/// uncertainty disc. Events coded at admin1, country or an unbounded area (UCDP <c>where_prec</c>
/// 4–7, ACLED <c>geo_precision</c> 3) are never assessed, whatever these say.
/// </summary>
public sealed record StrikeFlagOptions
{
    /// <summary>UCDP where_prec 1 or ACLED geo_precision 1 (the place named), metres. Default 0: the point is taken as the event's place.</summary>
    public double ExactMetres { get; init; }

    /// <summary>UCDP where_prec 2 (UCDP codebook: "within a ca. 25 km radius") or ACLED geo_precision 2 (near a town), metres. Default 25,000.</summary>
    public double NearMetres { get; init; } = 25_000;

    /// <summary>UCDP where_prec 3 (a second-order division, named by its point), metres. Default 50,000 (Syria's districts are up to some 100 km across).</summary>
    public double DistrictMetres { get; init; } = 50_000;

    /// <summary>The uncertainty radius of an event's location, or null when it is too coarse to assess (see the remarks of the type).</summary>
    public double? UncertaintyMetres(EventDataset dataset, int geoPrecision) => (dataset, geoPrecision) switch
    {
        (_, 1) => ExactMetres,
        (_, 2) => NearMetres,
        (EventDataset.UcdpGed, 3) => DistrictMetres,
        _ => null,
    };
}
