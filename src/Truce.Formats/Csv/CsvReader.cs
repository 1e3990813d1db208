using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Truce.Domain.Errors;

namespace Truce.Formats.Csv;

/// <summary>
/// Streaming, strict RFC 4180 reader over UTF-8 bytes. Reads one record at a time into a reused
/// buffer (memory is bounded by the longest record, never by the file), and reports any defect
/// with the physical line and field position where it starts.
/// </summary>
/// <remarks>
/// Accepts a UTF-8 BOM, LF, CRLF and CR line ends, quoted fields spanning lines, and doubled
/// quotes. Rejects, with <see cref="DataFormatException"/>: an unterminated quote, a quote inside
/// an unquoted field, text after a closing quote, and invalid UTF-8. Blank lines are skipped.
/// Written in-house rather than on a general CSV library because errors must name the byte-exact
/// line and column of invalid UTF-8, which a reader that decodes text first cannot know.
/// Not thread-safe.
/// </remarks>
internal sealed partial class CsvReader : IDisposable
{
    private static readonly SearchValues<byte> UnquotedStops = SearchValues.Create(",\"\r\n"u8);
    private static readonly SearchValues<byte> UnquotedStopsTab = SearchValues.Create("\t\"\r\n"u8);

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly byte _delimiter;
    private readonly SearchValues<byte> _stops;
    private readonly bool _fast;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _started;
    private long _line = 1;
    private const int FrameHeader = 4;

    private byte[] _data = new byte[1024];
    private byte[] _flat = [];
    private int[] _ends = new int[64];
    private long[] _fieldLines = new long[64];
    private int _count;

    public CsvReader(Stream stream, string fileName, byte delimiter = (byte)',', bool leaveOpen = false, int bufferSize = 1 << 16)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _buffer = new byte[Math.Max(16, bufferSize)];
        _stream = stream;
        FileName = fileName;
        _delimiter = delimiter;
        _leaveOpen = leaveOpen;
        _fast = delimiter is not ((byte)'"' or (byte)'\r' or (byte)'\n');
        _stops = delimiter == (byte)',' ? UnquotedStops : delimiter == (byte)'\t' ? UnquotedStopsTab
            : SearchValues.Create([delimiter, (byte)'"', (byte)'\r', (byte)'\n']);
    }

    /// <summary>The name used in error messages.</summary>
    public string FileName { get; }

    /// <summary>Column names, once the caller has read the header; used to name fields in errors.</summary>
    public IReadOnlyList<string>? Header { get; set; }

    /// <summary>Number of fields in the current record.</summary>
    public int FieldCount => _count;

    /// <summary>Physical line (1-based) where the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Number of records read so far, the header included.</summary>
    public long RecordCount { get; private set; }

    /// <summary>Bytes consumed from the stream so far (for progress).</summary>
    public long BytesConsumed { get; private set; }

    /// <summary>Byte offset in the stream where the current record starts (after any BOM).</summary>
    public long RecordOffset { get; private set; }

    /// <summary>Length in bytes of the current record as stored, line end included.</summary>
    public int RecordLength { get; private set; }

    /// <summary>Advances to the next non-blank record; false at the end of the stream.</summary>
    /// <exception cref="DataFormatException">The record is malformed.</exception>
    public bool Read()
    {
        while (true)
        {
            if (!_started)
            {
                _started = true;
                Fill();
                if (_end - _start >= 3 && _buffer.AsSpan(_start, 3).SequenceEqual("\uFEFF"u8))
                {
                    _start += 3;
                    BytesConsumed += 3;
                }
            }

            var consumed = 0;
            var lines = 0;
            var result = _fast ? TryParseFast(out consumed, out lines) : Parse.Unusual;
            if (result == Parse.Unusual)
            {
                result = TryParse(out consumed, out lines);
                ExactParses++;
            }

            if (result == Parse.NeedMore)
            {
                Fill();
                continue;
            }

            if (result == Parse.End)
            {
                return false;
            }

            Line = _line;
            RecordOffset = BytesConsumed;
            RecordLength = consumed;
            var raw = _buffer.AsSpan(_start, consumed);
            _start += consumed;
            BytesConsumed += consumed;
            _line += lines;
            if (_count == 1 && _ends[0] == 0)
            {
                continue; // blank line
            }

            RecordCount++;
            ValidateUtf8(raw);
            return true;
        }
    }

    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private enum Parse
    {
        Record,
        NeedMore,
        End,

        /// <summary>Not the common case: the exact path parses the record again from its start.</summary>
        Unusual,
    }

    private void Fill()
    {
        if (_eof)
        {
            return;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private Parse TryParse(out int consumed, out int lines)
    {
        consumed = 0;
        lines = 0;
        var pos = _start;
        if (pos == _end)
        {
            return _eof ? Parse.End : Parse.NeedMore;
        }

        var line = _line;
        _count = 0;
        var length = 0;
        while (true)
        {
            var fieldLine = line;
            if (pos < _end && _buffer[pos] == (byte)'"')
            {
                pos++;
                while (true)
                {
                    var rest = _buffer.AsSpan(pos, _end - pos);
                    var q = rest.IndexOf((byte)'"');
                    if (q < 0)
                    {
                        if (_eof)
                        {
                            throw Error(fieldLine, _count + 1, "unterminated quoted field: the closing quote is missing before the end of the file");
                        }

                        return Parse.NeedMore;
                    }

                    Append(rest[..q], ref length);
                    line += rest[..q].Count((byte)'\n');
                    pos += q + 1;
                    if (pos == _end && !_eof)
                    {
                        return Parse.NeedMore;
                    }

                    if (pos < _end && _buffer[pos] == (byte)'"')
                    {
                        Append("\""u8, ref length);
                        pos++;
                        continue;
                    }

                    break;
                }

                if (pos < _end && _buffer[pos] != _delimiter && _buffer[pos] != (byte)'\r' && _buffer[pos] != (byte)'\n')
                {
                    throw Error(line, _count + 1, $"unexpected character '{(char)_buffer[pos]}' after a closing quote");
                }
            }
            else
            {
                var rest = _buffer.AsSpan(pos, _end - pos);
                var stop = rest.IndexOfAny(_stops);
                if (stop < 0)
                {
                    if (!_eof)
                    {
                        return Parse.NeedMore;
                    }

                    stop = rest.Length;
                }
                else if (rest[stop] == (byte)'"')
                {
                    throw Error(line, _count + 1, "a quote inside an unquoted field (quote the whole field and double the quote)");
                }

                Append(rest[..stop], ref length);
                pos += stop;
            }

            AddField(length, fieldLine);
            if (pos == _end)
            {
                if (!_eof)
                {
                    return Parse.NeedMore;
                }

                consumed = pos - _start;
                lines = (int)(line - _line);
                return Parse.Record;
            }

            var c = _buffer[pos];
            if (c == _delimiter)
            {
                pos++;
                if (pos == _end && !_eof)
                {
                    return Parse.NeedMore;
                }

                continue;
            }

            if (c == (byte)'\r')
            {
                if (pos + 1 == _end && !_eof)
                {
                    return Parse.NeedMore;
                }

                pos += pos + 1 < _end && _buffer[pos + 1] == (byte)'\n' ? 2 : 1;
            }
            else
            {
                pos++; // '\n'
            }

            consumed = pos - _start;
            lines = (int)(line - _line) + 1;
            return Parse.Record;
        }
    }

    private void Append(ReadOnlySpan<byte> bytes, ref int length)
    {
        var at = length + (FrameHeader * (_count + 1));
        if (at + bytes.Length > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, at + bytes.Length));
        }

        bytes.CopyTo(_data.AsSpan(at));
        length += bytes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddField(int end, long line)
    {
        var count = _count;
        var ends = _ends;
        var lines = _fieldLines;
        if ((uint)count >= (uint)ends.Length || (uint)count >= (uint)lines.Length)
        {
            Grow();
            (ends, lines) = (_ends, _fieldLines);
        }

        // The field's length goes in front of its bytes (see Framed).
        var from = count == 0 ? 0 : ends[count - 1];
        var at = from + (FrameHeader * count);
        if ((uint)at + FrameHeader > (uint)_data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, at + FrameHeader));
        }

        BinaryPrimitives.WriteInt32LittleEndian(_data.AsSpan(at), end - from);
        ends[count] = end;
        lines[count] = line;
        _count = count + 1;
    }

    private void Grow()
    {
        Array.Resize(ref _ends, _count * 2);
        Array.Resize(ref _fieldLines, _count * 2);
    }

}
