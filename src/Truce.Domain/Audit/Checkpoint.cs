using System.Globalization;
using System.Text;

namespace Truce.Domain.Audit;

/// <summary>
/// A log's tree head at one moment: the body of a C2SP <c>tlog-checkpoint</c> (origin line, tree
/// size, base64 root hash) with one extension line, the time in UTC. Anyone who keeps a copy can
/// later ask the log for a consistency proof from it and catch a rollback or a fork.
/// </summary>
/// <param name="Origin">The log's name, e.g. <c>truce/truce-demo.sqlite</c>.</param>
/// <param name="Size">How many entries the tree holds.</param>
/// <param name="Root">The tree head (32 bytes).</param>
/// <param name="Time">When the checkpoint was made.</param>
public sealed record Checkpoint(string Origin, long Size, byte[] Root, DateTimeOffset Time)
{
    /// <summary>The signed text: four lines, each ending in a newline.</summary>
    public string Body() => string.Create(CultureInfo.InvariantCulture,
        $"{Origin}\n{Size}\n{Convert.ToBase64String(Root)}\ntime {Time.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}\n");

    /// <summary>Reads a body written by <see cref="Body"/>; throws <see cref="FormatException"/> saying which line is wrong.</summary>
    public static Checkpoint ParseBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = body.Split('\n');
        if (lines.Length != 5 || lines[4].Length != 0)
        {
            throw new FormatException("A checkpoint body has four lines, each ending in a newline.");
        }

        if (lines[0].Length == 0)
        {
            throw new FormatException("Checkpoint line 1: the origin is empty.");
        }

        if (!long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            throw new FormatException($"Checkpoint line 2: '{lines[1]}' is not a tree size.");
        }

        byte[] root;
        try
        {
            root = Convert.FromBase64String(lines[2]);
        }
        catch (FormatException)
        {
            throw new FormatException("Checkpoint line 3: the root hash is not base64.");
        }

        if (root.Length != MerkleHash.Size)
        {
            throw new FormatException($"Checkpoint line 3: the root hash is {root.Length} bytes, not {MerkleHash.Size}.");
        }

        if (!lines[3].StartsWith("time ", StringComparison.Ordinal)
            || !DateTimeOffset.TryParseExact(lines[3][5..], "yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            throw new FormatException($"Checkpoint line 4: '{lines[3]}' is not 'time' and a UTC time.");
        }

        return new Checkpoint(lines[0], size, root, time);
    }

    /// <summary>The body's bytes, as signed.</summary>
    public byte[] BodyBytes() => Encoding.UTF8.GetBytes(Body());
}
