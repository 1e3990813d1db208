using System.Globalization;
using System.Text.Json;

namespace Truce.Server.Apis.Sites;

/// <summary>
/// Reads a batch check body — <c>{"radiusMetres": 500, "from": "…", "to": "…", "points": [[lon, lat], …]}</c> —
/// in one pass with <see cref="Utf8JsonReader"/> (no object per point), so a million points cost 16 MB.
/// A bad body is an error naming the member (and the point's index) and the byte offset.
/// </summary>
internal static class BatchRequestReader
{
    /// <summary>The most points one batch may hold.</summary>
    public const int MaxPoints = 5_000_000;

    /// <summary>A parsed batch.</summary>
    public sealed record Batch(double RadiusMetres, DateTimeOffset From, DateTimeOffset To, double[] LonLat);

    public static bool TryRead(ReadOnlySpan<byte> json, out Batch? batch, out string? error)
    {
        (batch, error) = (null, null);
        double? radius = null;
        DateTimeOffset? from = null, to = null;
        double[]? xy = null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "body: a JSON object {radiusMetres, from, to, points}";
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "radiusMetres":
                        radius = reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : null;
                        if (radius is null)
                        {
                            error = $"radiusMetres: a number of metres (byte {reader.TokenStartIndex})";
                            return false;
                        }

                        break;
                    case "from":
                    case "to":
                        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var at))
                        {
                            error = $"{name}: an ISO 8601 time with offset, e.g. 2016-09-19T00:00:00Z (byte {reader.TokenStartIndex})";
                            return false;
                        }

                        if (name == "from")
                        {
                            from = at;
                        }
                        else
                        {
                            to = at;
                        }

                        break;
                    case "points":
                        if (!TryPoints(ref reader, out xy, out error))
                        {
                            return false;
                        }

                        break;
                    default:
                        error = $"{name}: not a member of a batch check (radiusMetres, from, to, points)";
                        return false;
                }
            }
        }
        catch (JsonException e)
        {
            error = $"body: not valid JSON at byte {reader.BytesConsumed}: {e.Message}";
            return false;
        }

        error = radius is null ? "radiusMetres: required"
            : from is null ? "from: required"
            : to is null ? "to: required"
            : xy is null ? "points: required"
            : !(radius >= 0 && radius <= 50_000) ? $"radiusMetres: {radius.Value.ToString(CultureInfo.InvariantCulture)} is outside 0..50000"
            : to < from ? "to: the window ends before it starts"
            : xy.Length == 0 ? "points: at least one point"
            : null;
        if (error is not null)
        {
            return false;
        }

        batch = new Batch(radius!.Value, from!.Value, to!.Value, xy!);
        return true;
    }

    private static bool TryPoints(ref Utf8JsonReader reader, out double[]? xy, out string? error)
    {
        (xy, error) = (null, null);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            error = $"points: an array of [longitude, latitude] (byte {reader.TokenStartIndex})";
            return false;
        }

        var values = new List<double>(1_024);
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index >= MaxPoints)
            {
                error = $"points: more than {MaxPoints:N0} points; split the batch";
                return false;
            }

            if (reader.TokenType != JsonTokenType.StartArray
                || !reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var lon)
                || !reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var lat)
                || !reader.Read() || reader.TokenType != JsonTokenType.EndArray)
            {
                error = $"points[{index}]: a point is [longitude, latitude] (byte {reader.TokenStartIndex})";
                return false;
            }

            if (!(lat is >= -90 and <= 90) || !(lon is >= -180 and <= 180))
            {
                error = $"points[{index}]: [{lon.ToString(CultureInfo.InvariantCulture)}, {lat.ToString(CultureInfo.InvariantCulture)}] is outside longitude -180..180, latitude -90..90";
                return false;
            }

            values.Add(lon);
            values.Add(lat);
            index++;
        }

        xy = [.. values];
        return true;
    }
}
