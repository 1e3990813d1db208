using NetTopologySuite.Geometries;

namespace Truce.Formats.Reading;

/// <summary>How an event reader treats doubtful and bad records.</summary>
public sealed record ReaderOptions
{
    /// <summary>Strict by default: the first bad record stops the read. When true, bad records come back as rejects.</summary>
    public bool SkipBadRows { get; init; }

    /// <summary>Extent of the country the data covers; points outside it whose swap lies inside are warned about.</summary>
    public Envelope? CountryExtent { get; init; }

    /// <summary>Keep at most this many warnings (the count of all is still kept).</summary>
    public int MaxWarnings { get; init; } = 1000;

    /// <summary>
    /// Keep each record's source fields in <see cref="Domain.Events.ConflictEvent.Original"/> (the default).
    /// An importer that archives the file itself turns this off and saves a copy per record.
    /// </summary>
    public bool KeepOriginal { get; init; } = true;

    /// <summary>
    /// Decode the long free-text fields (UCDP source_article and source_headline, ACLED notes) into
    /// the event (the default). An importer that archives the file and re-reads records from it
    /// turns this off: the text is still validated as UTF-8, only not copied into strings.
    /// </summary>
    public bool DecodeFreeText { get; init; } = true;

    /// <summary>Initial read buffer in bytes (grows for longer records); small when re-reading one record.</summary>
    public int BufferSize { get; init; } = 1 << 16;
}
