using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Truce.Storage.Audit;

/// <summary>
/// One entry of the audit log, as stored and hashed: a JSON object with its members always in the
/// same order (<c>seq, time, author, action, subject, sha256, detail</c>), UTF-8, no whitespace.
/// The leaf hash is taken over exactly these bytes, so an entry is checked by re-hashing them.
/// </summary>
public sealed record AuditEntry(long Seq, DateTimeOffset Time, string Author, AuditRecord Record)
{
    /// <summary>The entry's bytes.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("seq", Seq);
            json.WriteString("time", Time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            json.WriteString("author", Author);
            json.WriteString("action", Record.Action);
            json.WriteString("subject", Record.Subject);
            if (Record.Sha256 is { } sha)
            {
                json.WriteString("sha256", sha);
            }
            else
            {
                json.WriteNull("sha256");
            }

            json.WriteStartObject("detail");
            foreach (var (name, value) in Record.Detail)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads an entry's bytes; throws <see cref="FormatException"/> when they are not an entry written by <see cref="ToBytes"/>.</summary>
    public static AuditEntry Parse(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes.ToArray());
            var root = doc.RootElement;
            var detail = root.GetProperty("detail").EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? "")).ToList();
            var time = DateTimeOffset.ParseExact(root.GetProperty("time").GetString()!, "yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            var entry = new AuditEntry(root.GetProperty("seq").GetInt64(), time, root.GetProperty("author").GetString()!,
                new AuditRecord(root.GetProperty("action").GetString()!, root.GetProperty("subject").GetString()!,
                    root.GetProperty("sha256").GetString(), detail));
            if (!entry.ToBytes().AsSpan().SequenceEqual(bytes))
            {
                throw new FormatException("The entry is not in the log's canonical form.");
            }

            return entry;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"Not an audit entry: {e.Message}", e);
        }
    }

    /// <summary>The entry as one line of text, for people.</summary>
    public override string ToString() => Encoding.UTF8.GetString(ToBytes());
}
