using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Truce.Formats.Csv;

/// <summary>The fast path of <see cref="CsvReader"/>: a record cut at the set bits of a mask.</summary>
internal sealed partial class CsvReader
{
    private const int Window = 64;
    private const int CopySlack = 32;
    private const int Unquoted = 0;
    private const int Quoted = 1;
    private const int AfterQuote = 2;

    /// <summary>Parses every record on the exact one-field-at-a-time path (tests compare the two paths).</summary>
    internal bool ExactOnly
    {
        get => !_fast;
        init => _fast &= !value;
    }

    /// <summary>How many times the exact path ran (a record it leaves for more input counts again).</summary>
    internal long ExactParses { get; private set; }

    /// <summary>
    /// The common case in one pass: a bit mask of every delimiter, quote, CR and LF of 64 bytes at
    /// a time (as Sep and simdjson do), fields cut at the set bits, doubled quotes unescaped.
    /// Anything else (a quote inside an unquoted field, text after a closing quote, a record that
    /// runs into the last 64 bytes of the buffer) returns <see cref="Parse.Unusual"/>, and
    /// <see cref="TryParse"/> parses the record again from its start, with its exact errors.
    /// </summary>
    /// <remarks>
    /// Compiled optimised at once rather than tiered: the tier-0 and instrumented versions ran long
    /// enough to matter (tokenising the 1M-row bench file: 0.57 s tiered, 0.46 s with this).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Parse TryParseFast(out int consumed, out int lines)
    {
        consumed = 0;
        lines = 0;
        var start = _start;
        var limit = _end - Window; // the last position a whole window can be loaded from
        if (start > limit)
        {
            return Parse.Unusual;
        }

        ref var b = ref MemoryMarshal.GetArrayDataReference(_buffer);
        var delimiter = _delimiter;
        var window = start;
        var mask = Specials(ref Unsafe.Add(ref b, window), delimiter);
        var line = _line;
        var fieldLine = line;
        var fieldStart = start;
        var (from, quote, length) = (0, 0, 0);
        var state = Unquoted;
        _count = 0;
        while (true)
        {
            while (mask == 0)
            {
                window += Window;
                if (window > limit)
                {
                    return Parse.Unusual;
                }

                mask = Specials(ref Unsafe.Add(ref b, window), delimiter);
            }

            var at = window + BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            var c = Unsafe.Add(ref b, at);
            if (state == Quoted)
            {
                if (c == (byte)'"')
                {
                    (state, quote) = (AfterQuote, at);
                }
                else if (c == (byte)'\n')
                {
                    line++;
                }

                continue;
            }

            if (state == AfterQuote)
            {
                if (at != quote + 1)
                {
                    return Parse.Unusual; // text after the closing quote: an error
                }

                if (c == (byte)'"')
                {
                    Append(from, at, ref length); // the text and one quote of the pair
                    (state, from) = (Quoted, at + 1);
                    continue;
                }

                Append(from, quote, ref length);
                state = Unquoted;
            }
            else if (c == (byte)'"')
            {
                if (at != fieldStart)
                {
                    return Parse.Unusual; // a quote inside an unquoted field: an error
                }

                (state, from) = (Quoted, at + 1);
                continue;
            }
            else
            {
                Append(fieldStart, at, ref length);
            }

            AddField(length, fieldLine);
            if (c == delimiter)
            {
                fieldStart = at + 1;
                fieldLine = line;
                continue;
            }

            if (c == (byte)'\r')
            {
                if (at + 1 >= _end)
                {
                    return Parse.Unusual; // CRLF may be split across reads
                }

                at += Unsafe.Add(ref b, at + 1) == (byte)'\n' ? 1 : 0;
            }

            consumed = at + 1 - start;
            lines = (int)(line - _line) + 1;
            return Parse.Record;
        }
    }

    /// <summary>Bit i set when byte i of the 64 at <paramref name="at"/> is the delimiter, a quote, CR or LF.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Specials(ref byte at, byte delimiter)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var v = Vector512.LoadUnsafe(ref at);
            return (Vector512.Equals(v, Vector512.Create(delimiter)) | Vector512.Equals(v, Vector512.Create((byte)'"'))
                | Vector512.Equals(v, Vector512.Create((byte)'\r')) | Vector512.Equals(v, Vector512.Create((byte)'\n'))).ExtractMostSignificantBits();
        }

        if (Vector256.IsHardwareAccelerated)
        {
            return Specials256(ref at, delimiter) | ((ulong)Specials256(ref Unsafe.Add(ref at, 32), delimiter) << 32);
        }

        if (Vector128.IsHardwareAccelerated)
        {
            return Specials128(ref at, delimiter) | ((ulong)Specials128(ref Unsafe.Add(ref at, 16), delimiter) << 16)
                | ((ulong)Specials128(ref Unsafe.Add(ref at, 32), delimiter) << 32) | ((ulong)Specials128(ref Unsafe.Add(ref at, 48), delimiter) << 48);
        }

        var mask = 0UL;
        for (var i = 0; i < Window; i++)
        {
            var c = Unsafe.Add(ref at, i);
            if (c == delimiter || c == (byte)'"' || c == (byte)'\r' || c == (byte)'\n')
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    private static uint Specials256(ref byte at, byte delimiter)
    {
        var v = Vector256.LoadUnsafe(ref at);
        return (Vector256.Equals(v, Vector256.Create(delimiter)) | Vector256.Equals(v, Vector256.Create((byte)'"'))
            | Vector256.Equals(v, Vector256.Create((byte)'\r')) | Vector256.Equals(v, Vector256.Create((byte)'\n'))).ExtractMostSignificantBits();
    }

    private static uint Specials128(ref byte at, byte delimiter)
    {
        var v = Vector128.LoadUnsafe(ref at);
        return (Vector128.Equals(v, Vector128.Create(delimiter)) | Vector128.Equals(v, Vector128.Create((byte)'"'))
            | Vector128.Equals(v, Vector128.Create((byte)'\r')) | Vector128.Equals(v, Vector128.Create((byte)'\n'))).ExtractMostSignificantBits();
    }

    /// <summary>Appends bytes [from, to) of the read buffer to the current field's data.</summary>
    /// <remarks>
    /// Fields are short (16 bytes on average in UCDP GED), so a call to a general copy per field
    /// costs more than the copy: this one moves whole vectors, writing up to a vector past the
    /// field into slack that the next field overwrites, and reading past it only inside the buffer.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(int from, int to, ref int length)
    {
        var count = to - from;
        var at = length + (FrameHeader * (_count + 1)); // after this field's length and those of the fields before it
        if (at + count + CopySlack > _data.Length || from + count + CopySlack > _buffer.Length)
        {
            AppendNearEnd(from, count, at);
        }
        else
        {
            ref var source = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), from);
            ref var target = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_data), at);
            for (var i = 0; i < count; i += CopySlack)
            {
                Vector256.LoadUnsafe(ref source, (nuint)i).StoreUnsafe(ref target, (nuint)i);
            }
        }

        length += count;
    }

    private void AppendNearEnd(int from, int count, int at)
    {
        if (at + count + CopySlack > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, at + count + CopySlack));
        }

        Buffer.BlockCopy(_buffer, from, _data, at, count);
    }
}
