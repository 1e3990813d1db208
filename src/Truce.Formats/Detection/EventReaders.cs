using Truce.Domain.Events;
using Truce.Formats.Acled;
using Truce.Formats.Csv;
using Truce.Formats.Reading;
using Truce.Formats.Ucdp;

namespace Truce.Formats.Detection;

/// <summary>Opens the reader of an event format; stores use it to re-read archived records.</summary>
public static class EventReaders
{
    /// <summary>A reader of <paramref name="format"/> over <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not an event format.</exception>
    public static IEventReader Open(EventFileFormat format, Stream stream, string fileName, ReaderOptions? options = null) => format switch
    {
        EventFileFormat.Ucdp => new UcdpGedReader(stream, fileName, options),
        EventFileFormat.Acled => new AcledReader(stream, fileName, options),
        EventFileFormat.TruceCsv => new TruceCsvReader(stream, fileName, options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not an event file format."),
    };

    /// <summary>The datasets a file of this format may hold.</summary>
    public static IReadOnlyList<EventDataset> Datasets(EventFileFormat format) => format switch
    {
        EventFileFormat.Ucdp => [EventDataset.UcdpGed],
        EventFileFormat.Acled => [EventDataset.Acled],
        _ => [EventDataset.UcdpGed, EventDataset.Acled],
    };

    /// <summary>
    /// Reads one archived record back: the file's header bytes followed by the record's bytes,
    /// through the same reader that imported it.
    /// </summary>
    /// <exception cref="Domain.Errors.DataFormatException">The bytes do not hold one valid record.</exception>
    public static ConflictEvent ReadOne(EventFileFormat format, ReadOnlySpan<byte> header, ReadOnlySpan<byte> record, string fileName)
    {
        var bytes = new byte[header.Length + record.Length];
        header.CopyTo(bytes);
        record.CopyTo(bytes.AsSpan(header.Length));
        using var reader = Open(format, new MemoryStream(bytes, writable: false), fileName, new ReaderOptions { BufferSize = Math.Min(bytes.Length + 1, 1 << 16) });
        foreach (var row in reader.ReadEvents())
        {
            return row.Event!;
        }

        throw new Domain.Errors.DataFormatException(fileName, 0, 0, null, "the archived record is empty");
    }
}
