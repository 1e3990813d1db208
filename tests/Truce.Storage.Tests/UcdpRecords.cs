using System.Globalization;
using System.Text;
using Truce.Formats.Ucdp;
using Truce.Testing;

namespace Truce.Storage.Tests;

/// <summary>
/// The raw records of the bundled UCDP GED file (each with its line ending), to compose new files
/// from real rows: slices, rows with a changed fatality count, the rows repeated with fresh ids.
/// </summary>
internal sealed class UcdpRecords
{
    private readonly byte[] _bytes;
    private readonly List<(long Offset, int Length, string Id, int Best)> _records;

    private UcdpRecords(byte[] bytes, List<(long Offset, int Length, string Id, int Best)> records) => (_bytes, _records) = (bytes, records);

    /// <summary>The records of the bundled file, read once.</summary>
    public static UcdpRecords Bundled { get; } = Read();

    public int Count => _records.Count;

    public string Id(int record) => _records[record].Id;

    public int Best(int record) => _records[record].Best;

    /// <summary>A file of the header and the given records, as they are in the bundled file.</summary>
    public byte[] File(IEnumerable<int> records) => Compose(records.Select(Raw));

    /// <summary>A file of the header and the given raw records.</summary>
    public byte[] Compose(IEnumerable<byte[]> records)
    {
        using var output = new MemoryStream();
        output.Write(_bytes, 0, (int)_records[0].Offset);
        foreach (var r in records)
        {
            output.Write(r);
        }

        return output.ToArray();
    }

    public byte[] Raw(int record) => _bytes.AsSpan((int)_records[record].Offset, _records[record].Length).ToArray();

    /// <summary>A raw record with <c>best</c> and <c>high</c> (its last two fields) raised by <paramref name="delta"/>.</summary>
    public static byte[] WithBestRaised(byte[] raw, int delta)
    {
        var text = Encoding.UTF8.GetString(raw).TrimEnd('\n');
        var lastComma = text.LastIndexOf(',');
        var bestComma = text.LastIndexOf(',', lastComma - 1);
        var best = int.Parse(text[(bestComma + 1)..lastComma], CultureInfo.InvariantCulture);
        var high = int.Parse(text[(lastComma + 1)..], CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{text[..bestComma]},{best + delta},{high + delta}\n"));
    }

    /// <summary>A raw record with <c>best</c> replaced by text that is not a number.</summary>
    public static byte[] WithBadBest(byte[] raw)
    {
        var text = Encoding.UTF8.GetString(raw).TrimEnd('\n');
        var lastComma = text.LastIndexOf(',');
        var bestComma = text.LastIndexOf(',', lastComma - 1);
        return Encoding.UTF8.GetBytes($"{text[..bestComma]},many{text[lastComma..]}\n");
    }

    /// <summary>
    /// <paramref name="rows"/> raw records: the bundled ones, then again and again with ids raised by
    /// 10,000,000 each round (new events, same content otherwise).
    /// </summary>
    public IEnumerable<byte[]> Repeated(int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            var (offset, length, id, _) = _records[i % _records.Count];
            var fresh = (long.Parse(id, CultureInfo.InvariantCulture) + ((i / _records.Count) * 10_000_000L)).ToString(CultureInfo.InvariantCulture);
            yield return [.. Encoding.UTF8.GetBytes(fresh), .. _bytes.AsSpan((int)offset + id.Length, length - id.Length)];
        }
    }

    private static UcdpRecords Read()
    {
        var bytes = System.IO.File.ReadAllBytes(RepoFiles.UcdpSyria);
        using var reader = new UcdpGedReader(new MemoryStream(bytes), "ged.csv");
        return new UcdpRecords(bytes, [.. reader.ReadEvents().Select(r => (r.Offset, r.Length, r.Event!.SourceId, r.Event.Best))]);
    }
}
