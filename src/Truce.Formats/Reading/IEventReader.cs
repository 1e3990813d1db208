namespace Truce.Formats.Reading;

/// <summary>A streaming reader of one event file in one format.</summary>
public interface IEventReader : IDisposable
{
    /// <summary>The file name used in messages.</summary>
    string FileName { get; }

    /// <summary>Bytes read so far, for progress.</summary>
    long BytesRead { get; }

    /// <summary>Warnings raised so far (capped by <see cref="ReaderOptions.MaxWarnings"/>).</summary>
    IReadOnlyList<ImportWarning> Warnings { get; }

    /// <summary>Total warnings raised, including those beyond the cap.</summary>
    int WarningCount { get; }

    /// <summary>Bytes before the first record (the header row), once reading has started; 0 for formats without one.</summary>
    long HeaderLength { get; }

    /// <summary>Reads the records one at a time. Enumerate once.</summary>
    /// <exception cref="Domain.Errors.DataFormatException">A bad record, in strict mode; a structural defect, always.</exception>
    IEnumerable<EventRow> ReadEvents();
}
