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
    /// A reader of single archived records of one file: the file's header is parsed once, then
    /// each record's bytes are mapped by the reader that imported them.
    /// </summary>
    /// <exception cref="Domain.Errors.DataFormatException">The header is not one of this format.</exception>
    public static Func<byte[], ConflictEvent> RecordReader(EventFileFormat format, byte[] header, string fileName)
    {
        var reader = (CsvEventReader)Open(format, new MemoryStream(header, writable: false), fileName,
            new ReaderOptions { BufferSize = Math.Max(16, header.Length + 1) });
        return bytes => reader.ReadRecord(bytes);
    }
}
