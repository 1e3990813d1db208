using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Contract;
using Truce.Storage.Queries;
using Truce.Storage.Writes;

namespace Truce.Server.Apis;

/// <summary><c>/api/events/{dataset}/{id}/sources</c> and <c>/grade</c>: an event's sources and its credibility grade (Airwars scale), with history.</summary>
public static class EventEvidenceApi
{
    /// <summary>Maps the reads and the writes (writes only for callers who may write events).</summary>
    public static IEndpointRouteBuilder MapEventEvidenceApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/events/{dataset}/{id}").WithTags("Evidence");
        api.MapGet("/sources", Sources).WithName("GetEventSources").AllowedFor(Permissions.ReadPublished)
            .WithSummary("The sources cited for an event, in the order they were linked; confidential identities redacted unless the caller may see them.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/grade", Grade).WithName("GetEventGrade").AllowedFor(Permissions.ReadPublished)
            .WithSummary("An event's credibility grade: the current one (null when never graded) and every grading, oldest first.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/grade", SetGrade).WithName("SetEventGrade").AllowedFor(Permissions.WriteEvents)
            .WithSummary("Grades an event: confirmed, fair, weak, contested or discounted, with the reason. The earlier gradings stay as history.")
            .WithDescription("Served only by `truce serve --allow-writes`.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (the caller).</param>
    /// <param name="dataset">ucdp-ged (or ucdp) or acled.</param>
    /// <param name="id">The event's source id.</param>
    public static Results<Ok<List<LinkedSourceDto>>, ProblemHttpResult> Sources(StoreAccess store, HttpContext context, string dataset, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        using var s = store.Open();
        if (!TryEvent(s, dataset, id, out var key, out var problem))
        {
            return problem;
        }

        var may = EvidenceCaller.MaySeeConfidential(context);
        return TypedResults.Ok(s.SourcesOf(key).Select(l => new LinkedSourceDto(SourceDto.Of(l.Source, may), l.LinkedBy, l.LinkedAt)).ToList());
    }

    /// <param name="store">The store.</param>
    /// <param name="dataset">ucdp-ged (or ucdp) or acled.</param>
    /// <param name="id">The event's source id.</param>
    public static Results<Ok<GradeDto>, ProblemHttpResult> Grade(StoreAccess store, string dataset, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        return TryEvent(s, dataset, id, out var key, out var problem) ? TypedResults.Ok(GradeOf(s, key)) : problem;
    }

    /// <param name="store">The store.</param>
    /// <param name="commit">The server's group commit (the write is acknowledged once on disk).</param>
    /// <param name="context">The request (the caller).</param>
    /// <param name="dataset">ucdp-ged (or ucdp) or acled.</param>
    /// <param name="id">The event's source id.</param>
    /// <param name="body">The grade and the reason.</param>
    public static async Task<Results<Ok<GradeDto>, ProblemHttpResult>> SetGrade(StoreAccess store, GroupCommit commit, HttpContext context, string dataset, string id, NewGradeDto body)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        if (!CredibilityGrades.TryParse(body.Grade, out var grade))
        {
            return body.Grade is null
                ? Problems.Required("grade", CredibilityGrades.Expected)
                : Problems.Bad("grade", $"'{body.Grade}' is not one of {CredibilityGrades.Expected}");
        }

        SubjectKey key;
        using (var s = store.Open())
        {
            if (!TryEvent(s, dataset, id, out key, out var problem))
            {
                return problem;
            }
        }

        try
        {
            // Group-committed: acknowledged once on disk, with the writes of other requests.
            var author = EvidenceCaller.Author(context);
            await commit.Submit(w => w.AddGrading(key, grade, body.Reason ?? "", author)).ConfigureAwait(false);
            using var s = store.Open();
            return TypedResults.Ok(GradeOf(s, key));
        }
        catch (BadFieldException e)
        {
            return Problems.Bad(e.Field, e.Reason);
        }
    }

    private static GradeDto GradeOf(ITruceStore store, SubjectKey key)
    {
        var history = store.Gradings(key).Select(GradingDto.Of).ToList();
        return new GradeDto(key.ToString(), history.LastOrDefault(), history);
    }

    /// <summary>The key of a current event, or a 400 (bad dataset or id) or 404 (no such event).</summary>
    private static bool TryEvent(ITruceStore store, string dataset, string id, out SubjectKey key, out ProblemHttpResult problem)
    {
        problem = null!;
        if (!SubjectKey.TryParse($"{dataset}:{id}", out key, out var error) || key.Kind != SubjectKind.Event)
        {
            problem = Problems.Bad("dataset", error ?? $"'{dataset}' is not a dataset (ucdp-ged, ucdp, acled)");
            return false;
        }

        if (EventLookup.Current(store, key.Id) is null)
        {
            problem = Problems.NotFound($"no current event {key}");
            return false;
        }

        return true;
    }
}
