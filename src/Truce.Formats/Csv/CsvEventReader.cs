using Truce.Domain.Errors;
using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Formats.Reading;

namespace Truce.Formats.Csv;

/// <summary>
/// The shared loop of the CSV event readers: header check, one record at a time, column-count
/// check, mapping, and either a reject (lenient mode) or an exception (strict mode).
/// </summary>
public abstract class CsvEventReader : IEventReader
{
    private readonly CsvReader _csv;
    private readonly ReaderOptions _options;
    private readonly WarningLog _warnings;
    private readonly Utf8StringPool _pool = new();
    private string[]? _names;
    private CsvHeader? _header;

    private protected CsvEventReader(Stream stream, string fileName, ReaderOptions? options)
    {
        _csv = new CsvReader(stream, fileName, bufferSize: options?.BufferSize ?? 1 << 16);
        _options = options ?? new ReaderOptions();
        _warnings = new WarningLog(_options.MaxWarnings);
    }

    public string FileName => _csv.FileName;

    /// <summary>The options this reader was opened with.</summary>
    private protected ReaderOptions Options => _options;

    public long BytesRead => _csv.BytesConsumed;

    public IReadOnlyList<ImportWarning> Warnings => _warnings.Items;

    public int WarningCount => _warnings.Count;

    public long HeaderLength { get; private set; }

    /// <summary>The format this reader expects (used in header errors).</summary>
    private protected abstract EventFileFormat Format { get; }

    /// <summary>Columns without which no record can be read.</summary>
    private protected abstract IReadOnlyList<string> RequiredColumns { get; }

    public IEnumerable<EventRow> ReadEvents()
    {
        var names = ReadHeader();
        var record = new CsvRecord(_csv, names, _options.KeepOriginal, _pool);
        while (_csv.Read())
        {
            if (IsMetadataRow(_csv))
            {
                continue;
            }

            ConflictEvent? ev = null;
            DataFormatException? reject = null;
            UInt128 hash = default;
            try
            {
                if (_csv.FieldCount != names.Length)
                {
                    throw _csv.RecordError($"{_csv.FieldCount} fields where the header has {names.Length}");
                }

                ev = Map(record);
                hash = HashOf(ev);
                CheckPlace(ev, _header!);
            }
            catch (DataFormatException e) when (_options.SkipBadRows)
            {
                reject = e;
            }

            yield return new EventRow(ev, reject, _csv.Line, hash, _csv.RecordOffset, _csv.RecordLength);
        }
    }

    /// <summary>
    /// Maps one record given as its raw bytes, with this file's header: how a store re-reads an
    /// archived record without parsing the header again for each one.
    /// </summary>
    /// <exception cref="DataFormatException">The bytes are not one valid record.</exception>
    internal ConflictEvent ReadRecord(ReadOnlySpan<byte> bytes)
    {
        var names = _names ?? ReadHeader();
        using var csv = new CsvReader(new MemoryStream(bytes.ToArray(), writable: false), FileName, bufferSize: bytes.Length + 1) { Header = names };
        if (!csv.Read())
        {
            throw new DataFormatException(FileName, 0, 0, null, "the archived record is empty");
        }

        if (csv.FieldCount != names.Length)
        {
            throw csv.RecordError($"{csv.FieldCount} fields where the header has {names.Length}");
        }

        return Map(new CsvRecord(csv, names, _options.KeepOriginal, _pool));
    }

    public void Dispose()
    {
        _csv.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>True for a row that carries no record (an HXL hashtag row).</summary>
    private protected virtual bool IsMetadataRow(CsvReader csv) => false;

    /// <summary>The content fingerprint of the record just mapped: by default its raw fields, hashed as the reader keeps them.</summary>
    private protected virtual UInt128 HashOf(ConflictEvent mapped) => ContentHash.OfFramed(_csv.Framed);

    /// <summary>Looks up column positions once the header is known.</summary>
    private protected abstract void Bind(CsvHeader header);

    /// <summary>Maps the current record; throws <see cref="DataFormatException"/> for bad data.</summary>
    private protected abstract ConflictEvent Map(CsvRecord record);

    /// <summary>Records a doubt about the current record.</summary>
    private protected void Warn(int column, string? field, string message) =>
        _warnings.Add(new ImportWarning(FileName, _csv.Line, column + 1, field, message));

    private string[] ReadHeader()
    {
        if (!_csv.Read())
        {
            throw new DataFormatException(FileName, 1, 0, null, "the file is empty: expected a header row");
        }

        var names = _csv.GetStrings();
        HeaderLength = _csv.RecordOffset + _csv.RecordLength;
        var header = new CsvHeader(names);
        CheckHeader(header);
        _csv.Header = names;
        Bind(header);
        _names = names;
        _header = header;
        return names;
    }

    private void CheckHeader(CsvHeader header)
    {
        var missing = header.Missing(RequiredColumns);
        if (missing.Count == 0)
        {
            return;
        }

        var seen = FormatDetector.FromHeader(header.Names);
        var hint = seen != EventFileFormat.Unknown && seen != Format
            ? $"; it looks like {FormatDetector.Name(seen)} (use --format {FormatDetector.Name(seen)})"
            : "";
        throw new DataFormatException(FileName, _csv.Line, 0, null,
            $"the header is not {FormatDetector.Name(Format)}: missing column(s) {string.Join(", ", missing)}{hint}");
    }

    private void CheckPlace(ConflictEvent ev, CsvHeader header)
    {
        if (_options.CountryExtent is not { } extent || ev.Latitude is not { } lat || ev.Longitude is not { } lon || extent.Covers(lon, lat))
        {
            return;
        }

        var column = header["latitude"];
        Warn(column, "latitude", extent.Covers(lat, lon)
            ? $"({lat}, {lon}) lies outside the country's extent but its swap lies inside: latitude and longitude look swapped"
            : $"({lat}, {lon}) lies outside the country's extent");
    }
}
