using System.Runtime.CompilerServices;
using System.Text;

namespace Truce.Formats.Csv;

/// <summary>The fields of <see cref="CsvReader"/>'s current record, as bytes and as strings.</summary>
internal sealed partial class CsvReader
{
    /// <summary>The unescaped bytes of every field of the current record, back to back (a copy: see <see cref="Framed"/>).</summary>
    public ReadOnlySpan<byte> Data
    {
        get
        {
            var total = _count == 0 ? 0 : _ends[_count - 1];
            if (_flat.Length < total)
            {
                _flat = new byte[Math.Max(total, _flat.Length * 2)];
            }

            for (var i = 0; i < _count; i++)
            {
                GetSpan(i).CopyTo(_flat.AsSpan(i == 0 ? 0 : _ends[i - 1]));
            }

            return _flat.AsSpan(0, total);
        }
    }

    /// <summary>
    /// The current record as it is kept: each field as its length (4 bytes, little-endian) and its
    /// unescaped bytes, back to back — the input of <see cref="Reading.ContentHash"/>, hashed as is.
    /// </summary>
    public ReadOnlySpan<byte> Framed => _data.AsSpan(0, _count == 0 ? 0 : _ends[_count - 1] + (FrameHeader * _count));

    /// <summary>End offset in <see cref="Data"/> of each field.</summary>
    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, _count);

    /// <summary>Physical line where field <paramref name="index"/> of the current record starts.</summary>
    public long FieldLine(int index) => _fieldLines[index];

    /// <summary>The unescaped UTF-8 bytes of field <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> GetSpan(int index)
    {
        var from = index == 0 ? 0 : _ends[index - 1];
        return _data.AsSpan(from + (FrameHeader * (index + 1)), _ends[index] - from);
    }

    /// <summary>Field <paramref name="index"/> as a string.</summary>
    public string GetString(int index)
    {
        var span = GetSpan(index);
        return span.IsEmpty ? string.Empty : Encoding.UTF8.GetString(span);
    }

    /// <summary>Every field of the current record as strings.</summary>
    public string[] GetStrings()
    {
        var values = new string[_count];
        for (var i = 0; i < _count; i++)
        {
            values[i] = GetString(i);
        }

        return values;
    }
}
