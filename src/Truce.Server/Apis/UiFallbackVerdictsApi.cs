using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Server.Hosting;
using Truce.Storage.Adjudication;

namespace Truce.Server.Apis;

/// <summary>
/// STAND-IN for the <c>api</c> branch's <c>/api/events/{key}/verdicts</c>, so the web UI's event
/// panel can be tested on this branch: drop this file when that branch is merged.
/// </summary>
public static class UiFallbackVerdictsApi
{
    public static IEndpointRouteBuilder MapUiFallbackVerdictsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/events/{key}/verdicts", Verdicts).WithTags("Verdicts").WithName("EventVerdicts")
            .WithSummary("An event's verdicts under every agreement for every stakeholder, with the facts each relied on.");
        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="key">The event key, dataset:source_id (e.g. ucdp-ged:233028).</param>
    public static Results<Ok<UiFallbackEventVerdicts>, ProblemHttpResult> Verdicts(StoreAccess store, string key)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        var verdicts = s.Verdicts(new VerdictQuery { EventKey = key })
            .Select(v => new UiFallbackVerdict(v.Agreement, v.Stakeholder, v.Outcome, v.Reason, v.Disputed, FactsJson.Read(v.FactsJson)
                .Select(f => new UiFallbackFact(f.Kind, f.RecordId, f.Statement, f.DistanceMetres, f.Source.Key, f.Source.Url, f.Source.Flag)).ToList()))
            .ToList();
        return verdicts.Count == 0 ? Problems.NotFound($"no verdicts for event '{key}'") : TypedResults.Ok(new UiFallbackEventVerdicts(key, verdicts));
    }
}
