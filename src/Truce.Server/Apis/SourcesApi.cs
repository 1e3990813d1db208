using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Evidence;
using Truce.Storage.Writes;

namespace Truce.Server.Apis;

/// <summary><c>/api/sources</c>: sources (URL, publisher, date, quote, evidence file) and what they are cited for.</summary>
public static class SourcesApi
{
    /// <summary>Maps the reads and the writes (writes only for callers who may write events).</summary>
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/sources").WithTags("Evidence");
        api.MapGet("/{id:long}", Get).WithName("GetSource").AllowedFor(Permissions.ReadPublished)
            .WithSummary("One source; a confidential source's publisher and URL are withheld (redacted: true) unless the caller may see them.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", Add).WithName("AddSource").AllowedFor(Permissions.WriteEvents)
            .WithSummary("Adds a source and cites it for events, control records or figures, in one transaction.")
            .WithDescription("For signed-in monitors and admins. A source needs a URL, a quote or an evidence file (sha256 of a file already added). "
                + "Event subjects must be current events. A bad field is a 400 problem naming it; nothing is written.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (the caller).</param>
    /// <param name="id">The source's id.</param>
    public static Results<Ok<SourceDto>, ProblemHttpResult> Get(StoreAccess store, HttpContext context, long id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        using var s = store.Open();
        return s.Source(id) is { } source
            ? TypedResults.Ok(SourceDto.Of(source, EvidenceCaller.MaySeeConfidential(context)))
            : Problems.NotFound($"no source {id}");
    }

    /// <param name="store">The store.</param>
    /// <param name="commit">The server's group commit (the write is acknowledged once on disk).</param>
    /// <param name="context">The request (the caller).</param>
    /// <param name="body">The source.</param>
    public static async Task<Results<Created<SourceDto>, ProblemHttpResult>> Add(StoreAccess store, GroupCommit commit, HttpContext context, NewSourceDto body)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        if (!Problems.TryDay(body.Published, "published", out var published, out var problem))
        {
            return problem!;
        }

        try
        {
            IReadOnlyList<SubjectKey> subjects;
            using (var s = store.Open())
            {
                subjects = Subjects.Resolve(s, body.Subjects ?? [], "subjects");
            }

            // Group-committed: acknowledged once on disk, with the writes of other requests.
            var draft = new SourceDraft(body.Url, body.Publisher, published, body.Quote, body.Sha256, body.Confidential);
            var author = EvidenceCaller.Author(context);
            var source = await commit.Submit(w => w.AddSource(draft, subjects, author)).ConfigureAwait(false);
            return TypedResults.Created($"/api/sources/{source.Id}", SourceDto.Of(source, EvidenceCaller.MaySeeConfidential(context)));
        }
        catch (BadFieldException e)
        {
            return Problems.Bad(e.Field, e.Reason);
        }
    }
}
