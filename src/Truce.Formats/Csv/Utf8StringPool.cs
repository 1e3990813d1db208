using System.IO.Hashing;
using System.Text;

namespace Truce.Formats.Csv;

/// <summary>
/// Hands out one string per distinct UTF-8 value of the columns that repeat (actors, dyads,
/// place and division names), so a million-row file allocates each name once instead of a
/// million times. Bounded: past <see cref="MaxEntries"/> distinct values it decodes without keeping.
/// </summary>
/// <remarks>Not thread-safe; one pool per reader.</remarks>
internal sealed class Utf8StringPool
{
    private const int MaxEntries = 1 << 16;
    private const int MaxLength = 256;

    private Entry?[] _buckets = new Entry?[1024];
    private int _count;

    public string Get(ReadOnlySpan<byte> utf8)
    {
        Entry? last = null;
        return Get(utf8, ref last);
    }

    /// <summary>
    /// Like <see cref="Get(ReadOnlySpan{byte})"/>, checking first the entry this caller got last
    /// (a column's previous value, which consecutive rows often repeat) before hashing.
    /// </summary>
    public string Get(ReadOnlySpan<byte> utf8, ref Entry? last)
    {
        if (last is { } previous && utf8.SequenceEqual(previous.Bytes))
        {
            return previous.Value;
        }

        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var hash = XxHash3.HashToUInt64(utf8);
        var i = (int)(hash & (ulong)(_buckets.Length - 1));
        for (var e = _buckets[i]; e is not null; e = e.Next)
        {
            if (e.Hash == hash && utf8.SequenceEqual(e.Bytes))
            {
                last = e;
                return e.Value;
            }
        }

        var value = Encoding.UTF8.GetString(utf8);
        if (_count < MaxEntries)
        {
            _buckets[i] = last = new Entry(hash, utf8.ToArray(), value, _buckets[i]);
            if (++_count > _buckets.Length)
            {
                Grow();
            }
        }

        return value;
    }

    private void Grow()
    {
        var buckets = new Entry?[_buckets.Length * 2];
        foreach (var head in _buckets)
        {
            for (var e = head; e is not null; e = e.Next)
            {
                var i = (int)(e.Hash & (ulong)(buckets.Length - 1));
                buckets[i] = e with { Next = buckets[i] };
            }
        }

        _buckets = buckets;
    }

    /// <summary>One distinct value: its hash, its UTF-8 bytes and its string.</summary>
    internal sealed record Entry(ulong Hash, byte[] Bytes, string Value, Entry? Next);
}
