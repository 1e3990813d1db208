using System.Text.Json;
using Truce.Domain.Errors;

namespace Truce.Formats.GeoJson;

/// <summary>
/// Streams the members of a GeoJSON FeatureCollection's <c>features</c> array one at a time, each
/// as the raw UTF-8 JSON of one feature. Memory is bounded by the largest feature, not the file.
/// </summary>
/// <remarks>Not thread-safe. Each yielded buffer is valid until the next item is requested.</remarks>
internal static class FeatureStream
{
    private enum Phase
    {
        Root,
        Members,
        FeaturesStart,
        Features,
        Done,
    }

    public static IEnumerable<ReadOnlyMemory<byte>> Read(Stream stream, string fileName)
    {
        var buffer = new byte[1 << 16];
        var length = 0;
        var eof = false;
        long lines = 0;
        var state = default(JsonReaderState);
        var offset = 0;
        var phase = Phase.Root;
        var sawFeatures = false;
        while (phase != Phase.Done)
        {
            var (outcome, feature, newState, newOffset, newPhase) = Step(buffer.AsSpan(0, length), eof, state, offset, phase, fileName, lines);
            if (outcome == Outcome.NeedMore)
            {
                if (eof)
                {
                    throw new DataFormatException(fileName, lines + 1, 0, null, "not valid GeoJSON: the file ends inside the feature collection");
                }

                // Keep the unread tail; grow when one token or feature fills the buffer.
                lines += buffer.AsSpan(0, offset).Count((byte)'\n');
                Buffer.BlockCopy(buffer, offset, buffer, 0, length - offset);
                length -= offset;
                offset = 0;
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                eof = read == 0;
                length += read;
                continue;
            }

            (state, offset, phase) = (newState, newOffset, newPhase);
            if (phase == Phase.FeaturesStart)
            {
                sawFeatures = true;
            }

            if (outcome == Outcome.Feature)
            {
                yield return buffer.AsMemory(feature.Start, feature.Length);
            }
        }

        if (!sawFeatures)
        {
            throw new DataFormatException(fileName, 1, 0, null, "not a GeoJSON FeatureCollection: no \"features\" array");
        }
    }

    private enum Outcome
    {
        Progress,
        Feature,
        NeedMore,
    }

    private static (Outcome, (int Start, int Length), JsonReaderState, int, Phase) Step(
        ReadOnlySpan<byte> data, bool eof, JsonReaderState state, int offset, Phase phase, string fileName, long lines)
    {
        var reader = new Utf8JsonReader(data[offset..], eof, state);
        try
        {
            if (!reader.Read())
            {
                return (Outcome.NeedMore, default, state, offset, phase);
            }

            switch (phase)
            {
                case Phase.Root:
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw new DataFormatException(fileName, lines + 1, 0, null, "not a GeoJSON object");
                    }

                    return (Outcome.Progress, default, reader.CurrentState, offset + (int)reader.BytesConsumed, Phase.Members);
                case Phase.Members:
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        return (Outcome.Progress, default, reader.CurrentState, offset + (int)reader.BytesConsumed, Phase.Done);
                    }

                    if (reader.ValueTextEquals("features"u8))
                    {
                        return (Outcome.Progress, default, reader.CurrentState, offset + (int)reader.BytesConsumed, Phase.FeaturesStart);
                    }

                    // Any other member: skip its value whole.
                    return reader.TrySkip()
                        ? (Outcome.Progress, default, reader.CurrentState, offset + (int)reader.BytesConsumed, Phase.Members)
                        : (Outcome.NeedMore, default, state, offset, phase);
                case Phase.FeaturesStart:
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw new DataFormatException(fileName, lines + 1, 0, "features", "\"features\" must be an array");
                    }

                    return (Outcome.Progress, default, reader.CurrentState, offset + (int)reader.BytesConsumed, Phase.Features);
                default:
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        return (Outcome.Progress, default, reader.CurrentState, offset + (int)reader.BytesConsumed, Phase.Members);
                    }

                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw new DataFormatException(fileName, lines + 1, 0, "features", "every feature must be a JSON object");
                    }

                    var start = offset + (int)reader.TokenStartIndex;
                    return reader.TrySkip()
                        ? (Outcome.Feature, (start, offset + (int)reader.BytesConsumed - start), reader.CurrentState, offset + (int)reader.BytesConsumed, Phase.Features)
                        : (Outcome.NeedMore, default, state, offset, phase);
            }
        }
        catch (JsonException e)
        {
            // The reader state carries line numbers across refills, so this is the file's line.
            var line = (e.LineNumber ?? 0) + 1;
            throw new DataFormatException(fileName, line, 0, null, $"not valid JSON: {e.Message.Split(" LineNumber:")[0]}");
        }
    }
}
