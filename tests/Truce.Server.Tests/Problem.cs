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
}
