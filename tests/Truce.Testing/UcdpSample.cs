using Truce.Domain.Events;
using Truce.Formats.Ucdp;

namespace Truce.Testing;

/// <summary>Small UCDP files cut from the bundled one: its header and some of its records, byte for byte.</summary>
public static class UcdpSample
{
    private static readonly Lazy<(byte[] Bytes, IReadOnlyList<(long Offset, int Length, ConflictEvent Event)> Records)> File = new(() =>
    {
        var bytes = System.IO.File.ReadAllBytes(RepoFiles.UcdpSyria);
        using var reader = new UcdpGedReader(new MemoryStream(bytes), "ged.csv");
        return (bytes, [.. reader.ReadEvents().Select(r => (r.Offset, r.Length, r.Event!))]);
    });

    /// <summary>The header row, with its line break.</summary>
    public static byte[] Header => File.Value.Bytes[..(int)File.Value.Records[0].Offset];

    /// <summary>The raw bytes of record <paramref name="index"/> (0 is the first after the header), with its line break.</summary>
    public static byte[] Record(int index)
    {
        var (offset, length, _) = File.Value.Records[index];
        return File.Value.Bytes[(int)offset..((int)offset + length)];
    }

    /// <summary>The header and records <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> - 1.</summary>
    public static byte[] Rows(int skip, int take) => [.. Header, .. Enumerable.Range(skip, take).SelectMany(Record)];

    /// <summary>The events of those records, as the UCDP reader reads them.</summary>
    public static IReadOnlyList<ConflictEvent> Events(int skip, int take) => [.. File.Value.Records.Skip(skip).Take(take).Select(r => r.Event)];
}
