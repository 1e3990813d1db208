using Truce.Domain.Events;
using Truce.Storage.Adjudication;

namespace Truce.Server.Apis;

/// <summary>An event as the API returns it: the record's fields, the assigned P-codes, its key.</summary>
public sealed record EventDto(
    string Key,
    string Dataset,
    string SourceId,
    int Revision,
    DateOnly DateStart,
    DateOnly DateEnd,
    int DatePrecision,
    int GeoPrecision,
    string? EventType,
    string? SubEventType,
    string? Actor1,
    string? Actor2,
    string? Country,
    string? Location,
    double? Latitude,
    double? Longitude,
    string? Admin1,
    string? Admin2,
    string? Admin3,
    int Best,
    int Low,
    int High,
    string? Sources,
    string? Notes,
    string? ClaimedTarget)
{
    public static EventDto Of(EventRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var e = revision.Event;
        return new EventDto(
            AdjudicationService.Key(e), EventDatasets.Name(e.Dataset), e.SourceId, revision.Revision, e.DateStart, e.DateEnd, e.DatePrecision, e.GeoPrecision,
            e.EventType, e.SubEventType, e.Actor1, e.Actor2, e.Country, e.Location, e.Latitude, e.Longitude,
            revision.Admin.Admin1, revision.Admin.Admin2, revision.Admin.Admin3, e.Best, e.Low, e.High, e.Sources, e.Notes, e.ClaimedTarget);
    }
}
