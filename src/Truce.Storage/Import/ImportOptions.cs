using Truce.Domain.Errors;
using Truce.Formats.Reading;

namespace Truce.Storage.Import;

/// <summary>How an import reads its file, treats rejects and reports progress.</summary>
public sealed record ImportOptions
{
    /// <summary>
    /// Strict by default: the first bad record stops the import and nothing is written. When true,
    /// bad records (including a second, different version of one id in the same file) are
    /// rejected through <see cref="OnReject"/> and the good ones imported.
    /// </summary>
    public bool SkipBadRows { get; init; }

    /// <summary>Extent of the country the data covers, for the swapped-coordinates warning.</summary>
    public NetTopologySuite.Geometries.Envelope? CountryExtent { get; init; }

    /// <summary>Called for every rejected record (from the reading thread).</summary>
    public Action<DataFormatException>? OnReject { get; init; }

    /// <summary>Receives bytes read so far, now and then (from the reading thread).</summary>
    public IProgress<long>? Progress { get; init; }

    internal ReaderOptions ReaderOptions => new() { SkipBadRows = SkipBadRows, CountryExtent = CountryExtent, KeepOriginal = false, DecodeFreeText = false };
}
