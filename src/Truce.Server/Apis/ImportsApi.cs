using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Truce.Domain.Access;
using Truce.Domain.Errors;
using Truce.Formats.Detection;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Import;

namespace Truce.Server.Apis;

/// <summary>
/// <c>POST /api/imports</c>: an event file imported all or nothing, as <c>truce import</c> does in
/// strict mode. For callers who may write events (monitor and admin, token scope permitting).
/// </summary>
public static class ImportsApi
{
    /// <summary>The largest file accepted: 1 GiB (the bundled UCDP file is 11 MB; Kestrel would stop at 30 MB).</summary>
    public const long MaxBytes = 1L << 30;

    /// <summary>The file name recorded when the request gives none.</summary>
    public const string DefaultName = "upload.csv";

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/imports").WithTags("Imports").AllowedFor(Permissions.WriteEvents);
        api.MapPost("/", Import).WithName("ImportEvents")
            .WithSummary("Imports an event file (UCDP GED, ACLED or Truce CSV) in one transaction, all or nothing.")
            .WithDescription(
                "The body is the file itself (at most 1 GiB). 201 with the receipt when records were added or revised; 200 with a receipt "
                + "whose importId is 0 when the file brought nothing new. A bad record is a 400 problem naming file, line, column, field "
                + "and reason, and nothing is written.")
            .AddOpenApiOperationTransformer(DescribeBody)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return routes;
    }

    /// <param name="store">The store.</param>
    /// <param name="request">The request; its body is the file.</param>
    /// <param name="format">ucdp, acled or truce-csv (detected from the header when omitted).</param>
    /// <param name="name">The file name recorded with the import and used in error messages (default upload.csv).</param>
    public static async Task<Results<Created<ImportReceiptDto>, Ok<ImportReceiptDto>, ProblemHttpResult>> Import(
        StoreAccess store, HttpRequest request, string? format, string? name)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var file = name ?? DefaultName;
        if (file.Length is 0 or > 255 || file.Any(char.IsControl))
        {
            return Problems.Bad("name", "a file name of 1 to 255 characters without control characters");
        }

        var given = FormatDetector.Parse(format);
        if (format is not null && !IsEventFormat(given))
        {
            return Problems.Bad("format", $"'{format}' is not one of ucdp, acled, truce-csv");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        var cancel = request.HttpContext.RequestAborted;
        await using var spool = await RequestSpool.Copy(request.Body, cancel);
        var detected = given;
        if (detected == EventFileFormat.Unknown)
        {
            var head = new byte[FormatDetector.HeadLength];
            var n = await spool.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancel);
            spool.Position = 0;
            detected = FormatDetector.FromHead(head.AsSpan(0, n));
            if (!IsEventFormat(detected))
            {
                return BadData(new DataFormatException(file, 1, 0, null,
                    "format not recognised: the header is neither UCDP GED, ACLED nor a Truce export (give ?format=; boundaries are imported with truce import)"));
            }
        }

        var source = new ImportSource(file, detected);
        try
        {
            using var s = store.OpenFor(Access.Callers.Caller(request.HttpContext).User);
            var receipt = s.ImportEvents(spool, source, new ImportOptions { CountryExtent = CountryExtent.Of(s) }, cancel);
            var dto = ImportReceiptDto.Of(source, receipt);
            return receipt.ImportId == 0 ? TypedResults.Ok(dto) : TypedResults.Created((string?)null, dto);
        }
        catch (DataFormatException e)
        {
            return BadData(e);
        }
    }

    /// <summary>Documents the body as a CSV file. Declared here, not with <c>Accepts</c>, which would refuse other Content-Types with a bare 415: the body is read whatever it is labelled.</summary>
    private static Task DescribeBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The event file, at most 1 GiB.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            },
        };
        return Task.CompletedTask;
    }

    private static bool IsEventFormat(EventFileFormat format) => format is EventFileFormat.Ucdp or EventFileFormat.Acled or EventFileFormat.TruceCsv;

    private static ProblemHttpResult BadData(DataFormatException e) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Bad data: nothing was imported",
        detail: e.Message,
        extensions: new Dictionary<string, object?>
        {
            ["file"] = e.File,
            ["line"] = e.Line,
            ["column"] = e.Column,
            ["field"] = e.Field,
            ["reason"] = e.Reason,
        });
}
