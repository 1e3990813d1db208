using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Humanitarian;

namespace Truce.Server.Apis.Humanitarian;

/// <summary><c>/api/bodycounts</c>: deaths in an area and period, the event record's beside every casualty-series figure (as <c>truce access bodycounts</c>).</summary>
public static class BodyCountsApi
{
    public static IEndpointRouteBuilder MapBodyCountsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/bodycounts", Compare).WithTags("Humanitarian").AllowedFor(Permissions.ReadPublished).WithName("BodyCounts")
            .WithSummary("The event record's deaths in an area (a P-code at any level) and period per dataset (events, best, low, high), beside every casualty-series figure for that area (P-code or name) overlapping the period, each with its source and its difference from the record's best.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="area">A P-code at any level (e.g. SY020000) or an area name of a casualty series.</param>
    /// <param name="from">First day (YYYY-MM-DD).</param>
    /// <param name="to">Last day (YYYY-MM-DD).</param>
    public static Results<Ok<BodyCountDto>, ProblemHttpResult> Compare(StoreAccess store, MapDataCache maps, string? area, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(area))
        {
            return Problems.Required("area", "a P-code (e.g. SY020000) or a casualty series' area name");
        }

        if (!Problems.TryRequiredDay(from, "from", out var first, out var problem) || !Problems.TryRequiredDay(to, "to", out var last, out problem))
        {
            return problem!;
        }

        if (first > last)
        {
            return Problems.Bad("to", "must be on or after from");
        }

        if (AccessApi.Data(maps) is not { } data)
        {
            return Problems.NoHumanitarianRecord();
        }

        using var s = store.Open();
        return TypedResults.Ok(BodyCountDto.Of(BodyCountComparison.Of(s, data.Record, area.Trim(), first, last)));
    }
}
