using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Adjudication;
using Truce.Storage.Queries;
using Truce.Storage.Stats;

namespace Truce.Server.Apis;

/// <summary>
/// <c>/api/verdicts</c>: verdict counts per period and stakeholder, and the disputed events (as
/// <c>truce verdicts</c>); <c>/api/events/{key}/verdicts</c>: one event's verdicts with their facts
/// and claim checks (as <c>truce explain</c>). All read the latest adjudication run.
/// </summary>
public static class VerdictsApi
{
    public const int MaxLimit = 10_000;

    public static IEndpointRouteBuilder MapVerdictsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/verdicts").WithTags("Verdicts").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/", Counts).WithName("CountVerdicts")
            .WithSummary("Verdicts of one agreement per period and stakeholder, by outcome.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/disputed", Disputed).WithName("ListDisputedEvents")
            .WithSummary("Events the stakeholders read differently under one agreement, every stakeholder's outcome and rule side by side; paged.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/events/{key}/verdicts", OfEvent).WithTags("Verdicts").AllowedFor(Permissions.ReadPublished).WithName("ExplainEvent")
            .WithSummary("Every verdict of one event with the records it relied on, consensus or disputed per agreement, and the claim checks.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="agreement">Agreement id, e.g. A1 (required).</param>
    /// <param name="by">day, week (ISO) or month (default).</param>
    public static Results<Ok<IReadOnlyList<VerdictCount>>, ProblemHttpResult> Counts(StoreAccess store, string? agreement, string? by)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!PeriodUnits.TryParse(by ?? "month", out var unit) || unit == PeriodUnit.Year)
        {
            return Problems.Bad("by", $"'{by}' is not one of day, week, month");
        }

        if (string.IsNullOrEmpty(agreement))
        {
            return Problems.Required("agreement", "an agreement id, e.g. A1");
        }

        using var s = store.Open();
        var verdicts = s.Verdicts(new VerdictQuery { Agreement = agreement }).ToList();
        return verdicts.Count == 0 ? NoVerdicts(s, agreement) : TypedResults.Ok(VerdictCounts.By(verdicts, unit));
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (for the next page's URL).</param>
    /// <param name="agreement">Agreement id, e.g. A1 (required).</param>
    /// <param name="limit">Page size, 1..10000 (default 1000).</param>
    /// <param name="offset">Events to skip (default 0).</param>
    public static Results<Ok<Page<DisputedEventDto>>, ProblemHttpResult> Disputed(StoreAccess store, HttpContext context, string? agreement, int? limit, int? offset)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(agreement))
        {
            return Problems.Required("agreement", "an agreement id, e.g. A1");
        }

        if (!Problems.TryPage(limit, offset, MaxLimit, out var problem))
        {
            return problem!;
        }

        var (take, skip) = (limit ?? 1000, offset ?? 0);
        using var s = store.Open();
        var events = DisputedEvents.Of(s.Verdicts(new VerdictQuery { Agreement = agreement, DisputedOnly = true }));
        if (events.Count == 0 && !s.Verdicts(new VerdictQuery { Agreement = agreement }).Any())
        {
            return NoVerdicts(s, agreement);
        }

        var items = events.Skip(skip).Take(take).Select(DisputedEventDto.Of).ToList();
        var next = (long)skip + take < events.Count ? Paging.Next(context, skip, take) : null;
        return TypedResults.Ok(new Page<DisputedEventDto>(items, skip, take, next));
    }

    /// <param name="store">The store.</param>
    /// <param name="key">The event: dataset:source_id (ucdp-ged:233028) or the bare source id.</param>
    /// <param name="claim">A claimed target to check against the record (e.g. "Jabhat al-Nusra positions"), besides the recorded one.</param>
    public static Results<Ok<EventVerdictsDto>, ProblemHttpResult> OfEvent(StoreAccess store, string key, string? claim)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        if (EventLookup.Current(s, key) is not { } revision)
        {
            return Problems.NotFound($"no current event with key '{key}'");
        }

        var e = revision.Event;
        var agreements = s.Verdicts(new VerdictQuery { EventKey = AdjudicationService.Key(e) })
            .GroupBy(v => v.Agreement)
            .Select(g => new AgreementVerdictsDto(g.Key, g.First().Disputed, [.. g.Select(VerdictDto.Of)]))
            .ToList();
        var claims = new List<ClaimCheckDto>();
        var asked = new List<(string Claim, bool Recorded)>();
        if (e.ClaimedTarget is { } recorded)
        {
            asked.Add((recorded, true));
        }

        if (!string.IsNullOrWhiteSpace(claim))
        {
            asked.Add((claim, false));
        }

        if (asked.Count > 0)
        {
            if (store.TryScenario(s) is not { } scenario)
            {
                return Problems.NoScenario();
            }

            var service = new ClaimService(s, scenario);
            claims.AddRange(asked.Select(a => ClaimCheckDto.Of(service.Check(e, a.Claim), a.Recorded)));
        }

        return TypedResults.Ok(new EventVerdictsDto(EventDto.Of(revision), agreements, claims));
    }

    private static ProblemHttpResult NoVerdicts(Storage.Contract.ITruceStore s, string agreement) =>
        s.LatestAdjudication() is null
            ? Problems.NotFound("no verdicts yet: this database has not been adjudicated (truce adjudicate)")
            : Problems.NotFound($"no verdicts for agreement '{agreement}'");
}
