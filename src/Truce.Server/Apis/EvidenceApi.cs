using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Truce.Domain.Access;
using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Blobs;
using Truce.Storage.Evidence;

namespace Truce.Server.Apis;

/// <summary>
/// <c>/api/evidence</c>: evidence files, content-addressed. A file is named by the SHA-256 of its
/// bytes; the same bytes added again are detected and only the new addition (who, when) is recorded.
/// </summary>
public static class EvidenceApi
{
    /// <summary>The largest file accepted (<see cref="EvidenceIntake.DefaultMaxBytes"/>, 2 GiB).</summary>
    public const long MaxBytes = EvidenceIntake.DefaultMaxBytes;

    /// <summary>The file name recorded when the request gives none.</summary>
    public const string DefaultName = "upload.bin";

    /// <summary>Maps the reads and the writes (writes only for callers who may write events).</summary>
    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/evidence").WithTags("Evidence");
        api.MapGet("/{sha256}", Get).WithName("GetEvidence").AllowedFor(Permissions.ReadNonConfidential)
            .WithSummary("An evidence file's bytes, with its media type; the ETag is its SHA-256. verify=true re-hashes the stored file first.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status500InternalServerError);
        api.MapGet("/{sha256}/custody", Custody).WithName("GetEvidenceCustody").AllowedFor(Permissions.ReadNonConfidential)
            .WithSummary("An evidence file's chain of custody: every addition of its bytes, who and when, oldest first.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", Add).WithName("AddEvidence").AllowedFor(Permissions.WriteEvents)
            .WithSummary("Adds an evidence file (photo, video, PDF, web archive); the body is the file.")
            .WithDescription(
                "For signed-in monitors and admins. The body is the file itself (at most 2 GiB), hashed (SHA-256) as it is stored. "
                + "201 with the receipt for new bytes; 200 with duplicate: true when the same bytes were already stored (the addition is still recorded, "
                + "so every adder stays on record). The media type is ?mediaType=, else the request's Content-Type.")
            .AddOpenApiOperationTransformer(DescribeBody)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="files">The blob store.</param>
    /// <param name="request">The request; its body is the file.</param>
    /// <param name="name">The original file name (default upload.bin).</param>
    /// <param name="mediaType">The media type (default: the Content-Type, else application/octet-stream).</param>
    public static async Task<Results<Created<EvidenceReceiptDto>, Ok<EvidenceReceiptDto>, ProblemHttpResult>> Add(
        StoreAccess store, EvidenceFiles files, HttpRequest request, string? name, string? mediaType)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(request);
        if (files.Blobs is not { } blobs)
        {
            return Unavailable(files);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        try
        {
            using var s = store.Open();
            var receipt = await EvidenceIntake.AddAsync(
                s, blobs, request.Body, name ?? DefaultName, mediaType ?? request.ContentType, EvidenceCaller.Author(request.HttpContext), MaxBytes, request.HttpContext.RequestAborted);
            var dto = EvidenceReceiptDto.Of(receipt);
            return receipt.Duplicate ? TypedResults.Ok(dto) : TypedResults.Created(dto.Url, dto);
        }
        catch (BadFieldException e) when (e.Field == "mediaType" && mediaType is null)
        {
            return Problems.Bad("mediaType", $"the Content-Type '{request.ContentType}' is not a media type; give ?mediaType=");
        }
        catch (BadFieldException e)
        {
            return Problems.Bad(e.Field, e.Reason);
        }
        catch (BlobTooLargeException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large", detail: e.Message);
        }
    }

    /// <param name="store">The store.</param>
    /// <param name="files">The blob store.</param>
    /// <param name="context">The request.</param>
    /// <param name="sha256">The file's SHA-256, 64 lowercase hex digits.</param>
    /// <param name="verify">Re-hash the stored file before sending it (O(size)); a mismatch is a 500 problem.</param>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Get(StoreAccess store, EvidenceFiles files, HttpContext context, string sha256, bool? verify)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(context);
        if (!EvidenceHash.IsValid(sha256))
        {
            return Problems.Bad("sha256", $"'{sha256}' is not a SHA-256 (64 lowercase hexadecimal digits)");
        }

        IReadOnlyList<EvidenceAddition> additions;
        using (var s = store.Open())
        {
            additions = s.EvidenceAdditions(sha256);
        }

        if (additions.Count == 0)
        {
            return Problems.NotFound($"no evidence file {sha256}");
        }

        if (files.Blobs is not { } blobs)
        {
            return Unavailable(files);
        }

        try
        {
            if (verify == true)
            {
                await blobs.VerifyAsync(sha256, additions[0].Bytes, context.RequestAborted);
            }

            var stream = blobs.OpenRead(sha256);
            return TypedResults.Stream(stream, additions[0].MediaType, entityTag: new EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true);
        }
        catch (Exception e) when (e is BlobCorruptException or FileNotFoundException or DirectoryNotFoundException)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status500InternalServerError, title: "Evidence file damaged",
                detail: e is BlobCorruptException ? e.Message : $"evidence file {sha256}: missing from the blob store");
        }
    }

    /// <param name="store">The store.</param>
    /// <param name="sha256">The file's SHA-256.</param>
    public static Results<Ok<EvidenceFileDto>, ProblemHttpResult> Custody(StoreAccess store, string sha256)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!EvidenceHash.IsValid(sha256))
        {
            return Problems.Bad("sha256", $"'{sha256}' is not a SHA-256 (64 lowercase hexadecimal digits)");
        }

        using var s = store.Open();
        var additions = s.EvidenceAdditions(sha256);
        return additions.Count == 0
            ? Problems.NotFound($"no evidence file {sha256}")
            : TypedResults.Ok(new EvidenceFileDto(sha256, additions[0].Bytes, additions.Select(EvidenceAdditionDto.Of).ToList()));
    }

    private static ProblemHttpResult Unavailable(EvidenceFiles files) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No evidence folder", detail: files.Unavailable);

    private static Task DescribeBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The evidence file, at most 2 GiB.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/octet-stream"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            },
        };
        return Task.CompletedTask;
    }
}
