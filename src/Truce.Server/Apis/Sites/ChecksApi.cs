using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using NetTopologySuite.Geometries;
using Truce.Domain.Access;
using Truce.Domain.Deconfliction;
using Truce.Server.Access;
using Truce.Server.Sites;
using Truce.Storage.Sites;

namespace Truce.Server.Apis.Sites;

/// <summary>
/// <c>/api/checks</c>: strike checks against the protected sites without disclosing them (issue 7).
/// A party's checks run against the sites notified to it; the monitor's against all. Every check
/// is logged before it is answered, and answered at a deadline set by its size alone.
/// </summary>
public static class ChecksApi
{
    private const long MaxBatchBytes = 256L * 1024 * 1024;

    private const string PackedForm = "all little-endian: bytes 0–3 the ASCII \"TRCB\", 4–5 version 1 (uint16), 6–7 flags 0 (uint16), 8–15 radius in metres (float64), "
        + "16–23 from and 24–31 to in Unix milliseconds UTC (int64), 32–35 the count of points (uint32), 36–39 reserved 0; then per point longitude and latitude "
        + "in degrees (float64 each); exactly 40 + 16 × count bytes. A bad body is a 400 naming the field and the byte offset";

    /// <summary>Maps the single and batch checks.</summary>
    public static IEndpointRouteBuilder MapChecksApi(this IEndpointRouteBuilder routes)
    {
        // Tens of thousands of checks a second: a token lookup is trusted for a second (TokenCache).
        var api = routes.MapGroup("/api/checks").WithTags("Deconfliction").WithMetadata(CachedTokens.Instance);
        api.MapPost("/", Check).WithName("CheckStrike").AllowedFor(Permissions.RunChecks)
            .Accepts<CheckRequestDto>("application/json")
            .WithSummary("Checks one planned strike (a GeoJSON Point or Polygon, a radius in metres, a time window): clear, or conflict with only each site's category and contact.")
            .WithDescription("Never a coordinate, distance, direction, site id or count. Answered at a fixed deadline (5 ms) whatever the answer. "
                + "Each target counts against the caller's daily budget; a spent budget or a probing alert is a 429 with Retry-After. Every check is logged for the monitor.")
            .Produces<CheckAnswerDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/batch", Batch).WithName("CheckStrikeBatch").AllowedFor(Permissions.RunChecks)
            .WithSummary("Checks many planned strike points with one radius and window: {radiusMetres, from, to, points: [[lon, lat], …]} (up to 5,000,000 points), as JSON or packed binary.")
            .WithDescription("Answers how many were clear and, for each point in conflict, its index with categories and contacts. Every point counts against the daily budget. "
                + "A planning tool with many targets may send the packed binary form instead (Content-Type: application/octet-stream; its layout is in the request body's schema): no text to format or parse. The answer is JSON either way.")
            .Accepts<BatchRequestDoc>("application/json", BinaryBatchReader.ContentType)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // One Accepts lists both types (routing refuses any other); the packed one is bytes, not the JSON schema.
                if (operation.RequestBody?.Content?.TryGetValue(BinaryBatchReader.ContentType, out var packed) == true)
                {
                    packed.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = PackedForm };
                }

                return Task.CompletedTask;
            })
            .Produces<BatchAnswerDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return routes;
    }

    /// <param name="checker">The checker.</param>
    /// <param name="json">The binder for uncommon bodies, and the answer's JSON.</param>
    /// <param name="context">The strike.</param>
    internal static async Task<IResult> Check(StrikeChecker checker, CheckJson json, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"a strike check is JSON (Content-Type: application/json), not {context.Request.ContentType ?? "a body without a Content-Type"}");
        }

        // The body, a CheckRequestDto, is read here: its common form without a serializer (CheckRequestReader), any other by the serializer.
        var pipe = context.Request.BodyReader;
        var read = await pipe.ReadAsync(context.RequestAborted).ConfigureAwait(false);
        while (!read.IsCompleted)
        {
            pipe.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            read = await pipe.ReadAsync(context.RequestAborted).ConfigureAwait(false);
        }

        Geometry target;
        double radius;
        DateTimeOffset from, to;
        try
        {
            var problem = TryRequest(json, read.Buffer, out target!, out radius, out from, out to);
            if (problem is not null)
            {
                return problem;
            }
        }
        finally
        {
            pipe.AdvanceTo(read.Buffer.End);
        }

        var (result, ok) = await checker.Check(context.Caller(), [target], radius, from, to, r => json.Ok(r.Answers[0])).ConfigureAwait(false);
        return ok ?? Refused(context, result);
    }

    /// <summary>The body's strike, or the 400 that says what is wrong with it.</summary>
    private static ProblemHttpResult? TryRequest(CheckJson json, ReadOnlySequence<byte> body, out Geometry? target, out double radius, out DateTimeOffset from, out DateTimeOffset to)
    {
        (target, radius, from, to) = (null, 0, default, default);
        var bytes = body.IsSingleSegment ? body.FirstSpan : body.ToArray();
        if (CheckRequestReader.TryReadPoint(bytes, out var point))
        {
            (target, radius, from, to) = (GeometryJson.Point(point.Longitude, point.Latitude), point.RadiusMetres, point.From, point.To);
            return TryWindow(radius, from, to, out var windowProblem) ? null : windowProblem;
        }

        CheckRequestDto? dto;
        try
        {
            dto = json.Read(bytes);
        }
        catch (JsonException e)
        {
            return Problems.Bad("body", $"not a strike check in JSON: {e.Message}");
        }

        if (dto is null)
        {
            return Problems.Required("body", "a strike check {target, radiusMetres, from, to}");
        }

        if (!GeometryJson.TryRead(dto.Target, "target", out target, out var error))
        {
            return Problems.Bad("target", error!["target".Length..].TrimStart(':', ' ', '.'));
        }

        if (!TryWindow(dto.RadiusMetres, dto.From, dto.To, out var problem))
        {
            return problem;
        }

        (radius, from, to) = (dto.RadiusMetres!.Value, dto.From!.Value, dto.To!.Value);
        return null;
    }

    /// <param name="checker">The checker.</param>
    /// <param name="context">The request: a JSON batch, or the packed form (application/octet-stream). Its body is read here, not bound: a million points are read without an object each.</param>
    public static async Task<Results<Ok<BatchAnswerDto>, ProblemHttpResult>> Batch(StrikeChecker checker, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBatchBytes;
        }

        var (batch, error) = IsPacked(context.Request)
            ? await BinaryBatchReader.Read(context.Request.Body, context.Request.ContentLength, context.RequestAborted).ConfigureAwait(false)
            : await ReadJson(context).ConfigureAwait(false);
        if (batch is null)
        {
            var colon = error!.IndexOf(':', StringComparison.Ordinal);
            return Problems.Bad(error[..colon], error[(colon + 1)..].Trim());
        }

        var points = new PackedPoints(batch.LonLat);
        var (result, ok) = await checker.Check(context.Caller(), points, batch.RadiusMetres, batch.From, batch.To, Answer).ConfigureAwait(false);
        return ok is not null ? ok : Refused(context, result);
    }

    /// <summary>The batch's answer, made before its deadline: the conflicts, each site's notices made once.</summary>
    private static Ok<BatchAnswerDto> Answer(CheckResult result)
    {
        var conflicts = new List<BatchConflictDto>();
        var notices = new Dictionary<CheckAnswer, NoticeDto[]>(ReferenceEqualityComparer.Instance); // a site's conflicts share one answer
        for (var i = 0; i < result.Answers.Count; i++)
        {
            var answer = result.Answers[i];
            if (!answer.IsClear)
            {
                if (!notices.TryGetValue(answer, out var told))
                {
                    notices[answer] = told = NoticeDto.Of(answer);
                }

                conflicts.Add(new BatchConflictDto(i, told));
            }
        }

        return TypedResults.Ok(new BatchAnswerDto(result.Answers.Count, result.Answers.Count - conflicts.Count, conflicts));
    }

    private static bool IsPacked(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith(BinaryBatchReader.ContentType, StringComparison.OrdinalIgnoreCase);

    private static async Task<(BatchRequestReader.Batch? Batch, string? Error)> ReadJson(HttpContext context)
    {
        using var body = new MemoryStream(checked((int)Math.Min(context.Request.ContentLength ?? 0, MaxBatchBytes)));
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var json = body.GetBuffer().AsMemory(0, (int)body.Length); // read in place: no copy of a body of tens of MB
        return BatchRequestReader.TryRead(json.Span, out var batch, out var error) ? (batch, null) : (null, error);
    }

    private static bool TryWindow(double? radius, DateTimeOffset? from, DateTimeOffset? to, out ProblemHttpResult? problem)
    {
        problem = radius is null ? Problems.Required("radiusMetres", "metres, 0–50,000")
            : !(radius >= 0 && radius <= 50_000) ? Problems.Bad("radiusMetres", $"{radius.Value.ToString(CultureInfo.InvariantCulture)} is outside 0..50000")
            : from is null ? Problems.Required("from", "an ISO 8601 time with offset")
            : to is null ? Problems.Required("to", "an ISO 8601 time with offset")
            : to < from ? Problems.Bad("to", "the window ends before it starts")
            : null;
        return problem is null;
    }

    private static ProblemHttpResult Refused(HttpContext context, CheckResult result)
    {
        var retry = result.RetryAt ?? DateTimeOffset.UtcNow.AddMinutes(1);
        var seconds = Math.Max(1, (long)Math.Ceiling((retry - DateTimeOffset.UtcNow).TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var detail = result.Outcome == CheckOutcome.RefusedThrottled
            ? $"checks are suspended until {retry:u}: the monitor was alerted to a pattern of checks that maps protected sites"
            : $"the daily check budget is spent; it renews at {retry:u}";
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many checks", detail: detail);
    }

    /// <summary>The batch body, for the OpenAPI document (the endpoint reads it itself).</summary>
    /// <param name="RadiusMetres">Metres, 0–50,000.</param>
    /// <param name="From">Start of the window.</param>
    /// <param name="To">End of the window.</param>
    /// <param name="Points">[longitude, latitude] pairs.</param>
    public sealed record BatchRequestDoc(double RadiusMetres, DateTimeOffset From, DateTimeOffset To, double[][] Points);
}
