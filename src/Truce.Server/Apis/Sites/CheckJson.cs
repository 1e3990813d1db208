using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Truce.Domain.Deconfliction;

namespace Truce.Server.Apis.Sites;

/// <summary>
/// A single check's JSON with the server's JSON options: the request bodies
/// <see cref="CheckRequestReader"/> leaves to the serializer, and the answer
/// (<see cref="CheckAnswerDto"/>) — the bytes of <c>clear</c> made once, a conflict's per answer,
/// written with their length, without a serializer on the way out.
/// </summary>
/// <remarks>A singleton: the options are the app's.</remarks>
internal sealed class CheckJson(IOptions<JsonOptions> json)
{
    private readonly JsonSerializerOptions _options = json.Value.SerializerOptions;
    private byte[]? _clear;

    /// <summary>The 200 answer.</summary>
    public IResult Ok(CheckAnswer answer) =>
        new Utf8JsonResult(answer.IsClear
            ? _clear ??= JsonSerializer.SerializeToUtf8Bytes(new CheckAnswerDto("clear", null), _options)
            : JsonSerializer.SerializeToUtf8Bytes(new CheckAnswerDto("conflict", NoticeDto.Of(answer)), _options));

    /// <summary>The body as a <see cref="CheckRequestDto"/>, read by the serializer with the server's options (the uncommon forms).</summary>
    /// <exception cref="JsonException">The body is not JSON, or not of that shape.</exception>
    public CheckRequestDto? Read(ReadOnlySpan<byte> body) => JsonSerializer.Deserialize<CheckRequestDto>(body, _options);

    /// <summary>200 with UTF-8 JSON bytes and their length.</summary>
    private sealed class Utf8JsonResult(byte[] body) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
    {
        public int? StatusCode => StatusCodes.Status200OK;

        public string ContentType => "application/json; charset=utf-8";

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = ContentType;
            response.ContentLength = body.Length;
            response.BodyWriter.Write(body); // flushed when the response ends
            return Task.CompletedTask;
        }
    }
}
