using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>
/// <c>/api/conditions</c>: the conditions for talks of the humanitarian manifest, evaluated over the
/// record and the latest adjudication run (as <c>truce conditions</c>): on a day, and as a timeline.
/// </summary>
public static class ConditionsApi
{
    /// <summary>The longest timeline, in days (as the CLI's).</summary>
    public const int MaxDays = 3660;

    public static IEndpointRouteBuilder MapConditionsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/conditions").WithTags("Humanitarian").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/", On).WithName("ConditionsOnDay")
            .WithSummary("Every condition for talks on a day: its thresholds, holds / fails / unknown, since when (the first day of the run of days with that outcome; sinceRecordBegins when the run reaches the record's first day), what made it so with the figures, and why it matters.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/timeline", Timeline).WithName("ConditionsTimeline")
            .WithSummary("Every condition from one day to another (at most 3660 days) as runs of days with one outcome.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="at">The day (YYYY-MM-DD).</param>
    public static Results<Ok<ConditionDto[]>, ProblemHttpResult> On(MapDataCache maps, string? at)
    {
        if (!Problems.TryRequiredDay(at, "at", out var day, out var problem))
        {
            return problem!;
        }

        if (AccessApi.Data(maps) is not { } data)
        {
            return Problems.NoHumanitarianRecord();
        }

        return TypedResults.Ok(data.Record.Conditions.Select(c =>
        {
            var (result, since) = data.Evaluate(c, day);
            return new ConditionDto(c.Id, c.Name, c.Kind, c.Agreement, c.MaxPerDay, c.Days, result.Outcome, since, since <= data.Beginning, result.Detail, c.Why);
        }).ToArray());
    }

    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="from">First day (YYYY-MM-DD).</param>
    /// <param name="to">Last day (YYYY-MM-DD), at most 3660 days after from.</param>
    public static Results<Ok<ConditionTimelineDto[]>, ProblemHttpResult> Timeline(MapDataCache maps, string? from, string? to)
    {
        if (!Problems.TryRequiredDay(from, "from", out var first, out var problem) || !Problems.TryRequiredDay(to, "to", out var last, out problem))
        {
            return problem!;
        }

        if (first > last || last.DayNumber - first.DayNumber > MaxDays)
        {
            return Problems.Bad("to", $"must be on or after from, at most {MaxDays} days after it");
        }

        if (AccessApi.Data(maps) is not { } data)
        {
            return Problems.NoHumanitarianRecord();
        }

        return TypedResults.Ok(data.Record.Conditions.Select(c => new ConditionTimelineDto(c.Id, c.Name,
            [.. data.Timeline(c, first, last).Select(s => new ConditionSpanDto(s.From, s.To, s.To.DayNumber - s.From.DayNumber + 1, s.Outcome))])).ToArray());
    }
}
