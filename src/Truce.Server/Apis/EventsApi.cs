using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Queries;

namespace Truce.Server.Apis;

/// <summary><c>/api/events</c>: the event record, filtered and paged.</summary>
public static class EventsApi
{
    public const int MaxLimit = 10_000;

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/events").WithTags("Events").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/", List).WithName("ListEvents").WithSummary("Events by day range, box, P-code, actor and type, ordered by date; paged.");
        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (for the next page's URL).</param>
    /// <param name="from">First day (YYYY-MM-DD), inclusive, on the event's first day.</param>
    /// <param name="to">Last day, inclusive.</param>
    /// <param name="bbox">west,south,east,north in WGS 84 degrees.</param>
    /// <param name="admin">An OCHA P-code at any level.</param>
    /// <param name="actor">Part of actor 1, actor 2 or an associated actor.</param>
    /// <param name="type">An event type or sub-type.</param>
    /// <param name="limit">Page size, 1..10000 (default 100).</param>
    /// <param name="offset">Events to skip (default 0).</param>
    public static Results<Ok<EventPage>, ProblemHttpResult> List(
        StoreAccess store, HttpContext context, string? from, string? to, string? bbox, string? admin, string? actor, string? type, int? limit, int? offset)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        if (!Problems.TryDay(from, "from", out var f, out var problem)
            || !Problems.TryDay(to, "to", out var t, out problem)
            || !Problems.TryBbox(bbox, out var box, out problem)
            || !Problems.TryPage(limit, offset, MaxLimit, out problem))
        {
            return problem!;
        }

        var (take, skip) = (limit ?? 100, offset ?? 0);
        using var s = store.Open();
        var items = s.Events(new EventQuery { From = f, To = t, Bbox = box, Admin = admin, Actor = actor, Type = type, Limit = take + 1, Offset = skip })
            .Select(EventDto.Of).ToList();
        string? next = null;
        if (items.Count > take)
        {
            items.RemoveAt(take);
            next = Paging.Next(context, skip, take);
        }

        return TypedResults.Ok(new EventPage(items, skip, take, next));
    }
}
