using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Truce.Server.Apis;

/// <summary>Next-page links: the request's own URL with <c>offset</c> moved on by one page.</summary>
internal static class Paging
{
    public static string Next(HttpContext context, int offset, int limit)
    {
        var query = System.Web.HttpUtility.ParseQueryString(context.Request.QueryString.Value ?? "");
        query["offset"] = ((long)offset + limit).ToString(CultureInfo.InvariantCulture);
        query["limit"] = limit.ToString(CultureInfo.InvariantCulture);
        return $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{context.Request.Path}?{query}";
    }
}
