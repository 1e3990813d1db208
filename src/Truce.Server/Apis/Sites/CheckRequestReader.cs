using System.Text.Json;

namespace Truce.Server.Apis.Sites;

/// <summary>
/// The common single check, read straight from the body's bytes: exactly the four properties
/// <c>target</c> (a GeoJSON Point, exactly <c>type</c> and <c>coordinates</c> of two numbers),
/// <c>radiusMetres</c> (a number), <c>from</c> and <c>to</c> (strings), each once, in any order,
/// spelled as documented. Anything else — a polygon, other casing, an extra or repeated property,
/// a number written as a string, a null, a coordinate out of range, JSON that does not parse —
/// is not read here: the endpoint then binds the body as <see cref="CheckRequestDto"/> with the
/// server's JSON options, so its answer or error is the binder's. What is read here is read with
/// the same <see cref="Utf8JsonReader"/> parsers the binder uses (<c>TryGetDouble</c>,
/// <c>TryGetDateTimeOffset</c>), so both give the same values.
/// </summary>
internal static class CheckRequestReader
{
    private const int Target = 1, Radius = 2, From = 4, To = 8, All = 15;

    /// <summary>A single check at a point, as read.</summary>
    /// <param name="Longitude">Degrees, −180..180.</param>
    /// <param name="Latitude">Degrees, −90..90.</param>
    /// <param name="RadiusMetres">As given (the endpoint checks its range).</param>
    /// <param name="From">Start of the window.</param>
    /// <param name="To">End of the window (the endpoint checks its order).</param>
    internal readonly record struct PointCheck(double Longitude, double Latitude, double RadiusMetres, DateTimeOffset From, DateTimeOffset To);

    /// <summary>True when <paramref name="json"/> is exactly the common form; false for anything the binder must read.</summary>
    public static bool TryReadPoint(ReadOnlySpan<byte> json, out PointCheck check)
    {
        check = default;
        try
        {
            return TryRead(json, out check);
        }
        catch (JsonException)
        {
            return false; // not JSON: the binder says where and why
        }
    }

    private static bool TryRead(ReadOnlySpan<byte> json, out PointCheck check)
    {
        check = default;
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = 0;
        double lon = 0, lat = 0, radius = 0;
        DateTimeOffset from = default, to = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.ValueTextEquals("target"u8) ? Target
                : reader.ValueTextEquals("radiusMetres"u8) ? Radius
                : reader.ValueTextEquals("from"u8) ? From
                : reader.ValueTextEquals("to"u8) ? To
                : 0;
            if (property == 0 || (seen & property) != 0 || !reader.Read())
            {
                return false;
            }

            seen |= property;
            var ok = property switch
            {
                Target => TryPoint(ref reader, out lon, out lat),
                Radius => reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out radius),
                From => reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out from),
                _ => reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out to),
            };
            if (!ok)
            {
                return false;
            }
        }

        // The root object has ended; nothing but white space may follow (more throws, caught above).
        if (reader.TokenType != JsonTokenType.EndObject || seen != All || reader.Read())
        {
            return false;
        }

        check = new PointCheck(lon, lat, radius, from, to);
        return true;
    }

    private static bool TryPoint(ref Utf8JsonReader reader, out double lon, out double lat)
    {
        (lon, lat) = (0, 0);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        bool type = false, coordinates = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8) && !type)
            {
                type = reader.Read() && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("Point"u8);
                if (!type)
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("coordinates"u8) && !coordinates)
            {
                coordinates = reader.Read() && reader.TokenType == JsonTokenType.StartArray
                    && reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out lon)
                    && reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out lat)
                    && reader.Read() && reader.TokenType == JsonTokenType.EndArray;
                if (!coordinates)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && type && coordinates
            && lat is >= -90 and <= 90 && lon is >= -180 and <= 180;
    }
}
