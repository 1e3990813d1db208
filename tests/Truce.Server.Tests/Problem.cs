using System.Net;
using System.Text.Json;

namespace Truce.Server.Tests;

/// <summary>Checks a response is an RFC 9457 problem with the given status and detail.</summary>
internal static class Problem
{
    public static void Is(HttpStatusCode status, string detail, (HttpStatusCode Status, JsonElement Body) response)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal((int)status, response.Body.GetProperty("status").GetInt32());
        Assert.Equal(detail, response.Body.GetProperty("detail").GetString());
    }

    /// <summary>The detail of a problem body (null when the body is not a problem).</summary>
    public static string? Detail(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
    }
}
