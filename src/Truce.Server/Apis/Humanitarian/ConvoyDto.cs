using Truce.Domain.Humanitarian;
using Truce.Domain.Sources;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>
/// One row of a convoy table as one source states it: an aid convoy or evacuation requested,
/// approved, denied, delivered or attacked, with the trucks, people, casualties and blocking party
/// in the source's words. Several rows may describe one incident; each is kept.
/// </summary>
/// <param name="Id">Row id, e.g. V13.</param>
/// <param name="Kind">What the status means (docs/humanitarian.md).</param>
/// <param name="Status">The status as written.</param>
/// <param name="Date">The date as written (a day, month or year).</param>
/// <param name="DateEnd">The last day as written, for events over several days.</param>
/// <param name="DateQualifiers">What the source said beyond the ISO dates, e.g. <c>date: (mid)</c>.</param>
/// <param name="Earliest">The first day the dates allow.</param>
/// <param name="Latest">The last day the dates allow.</param>
/// <param name="Destination">Where the aid was going (for evacuations, <c>from …</c>), as written.</param>
/// <param name="DestinationPcode">The destination's P-code when the table gives one.</param>
/// <param name="Area">The besieged area the destination names (manifest id), or null.</param>
/// <param name="Organisation">Who ran it.</param>
/// <param name="Trucks">Trucks or buses, as written.</param>
/// <param name="Beneficiaries">People reached, evacuated or waiting, as written.</param>
/// <param name="PeopleReached">The first count of <paramref name="Beneficiaries"/>.</param>
/// <param name="Casualties">Casualties as the source states them.</param>
/// <param name="BlockingParty">Who blocked or attacked it, in the source's words.</param>
/// <param name="Note">Anything the row adds.</param>
/// <param name="Place">How the map point was found (convoy GeoJSON only): a stored boundary, a point inside a derived area, or why there is none.</param>
/// <param name="Source">The row (file#id) and the public source it cites: key, URL, quote, caution flag.</param>
public sealed record ConvoyDto(
    string Id,
    AccessKind Kind,
    string Status,
    string Date,
    string? DateEnd,
    string? DateQualifiers,
    DateOnly Earliest,
    DateOnly Latest,
    string Destination,
    string? DestinationPcode,
    string? Area,
    string? Organisation,
    string? Trucks,
    string? Beneficiaries,
    long? PeopleReached,
    string? Casualties,
    string? BlockingParty,
    string? Note,
    string? Place,
    SourceRef Source)
{
    public static ConvoyDto Of(AccessEvent e, string? area, string? place = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        static string? T(string s) => SiegeRowDto.Text(s);
        return new(e.Id, e.Kind, e.Status, e.Date.Text, e.DateEnd?.Text, T(e.DateQualifiers), e.Date.Earliest, LatestDay(e), e.Destination, T(e.DestinationPcode), area,
            T(e.Organisation), T(e.Trucks), T(e.Beneficiaries), e.PeopleReached, T(e.Casualties), T(e.BlockingParty), T(e.Note), place, e.Source);
    }

    /// <summary>The last day a row's dates allow.</summary>
    public static DateOnly LatestDay(AccessEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.DateEnd is { } end && end.Latest > e.Date.Latest ? end.Latest : e.Date.Latest;
    }
}
