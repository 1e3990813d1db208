using System.Xml;
using Truce.Domain.Errors;

namespace Truce.Formats.UnSanctions;

/// <summary>
/// Reads a UN Security Council sanctions list in the UN's XML schema: root <c>CONSOLIDATED_LIST</c>
/// (with its <c>dateGenerated</c>) holding <c>INDIVIDUALS/INDIVIDUAL</c> and <c>ENTITIES/ENTITY</c>.
/// The consolidated list, one committee's list (e.g. 1267 Al-Qaida) and the older AQList export
/// (same root and elements; dates written as <c>xs:dateTime</c>, reference numbers like
/// <c>QE.A.5.01.</c>) all read the same way. Addresses, birth data, documents and designations are
/// not read.
/// </summary>
/// <remarks>
/// Streaming: one <see cref="XmlReader"/> pass, memory bounded by the largest record; DTDs are
/// prohibited. Strict: malformed XML, another root element, an unknown section, a record without
/// a reference number, name, <c>DATAID</c> or <c>LISTED_ON</c>, or a date that does not parse
/// stops the read with a <see cref="DataFormatException"/> whose <c>Column</c> is the 1-based
/// character position within the line. Not thread-safe. The reader owns the stream.
/// </remarks>
public sealed partial class UnSanctionsListReader : IDisposable
{
    private const string RootElement = "CONSOLIDATED_LIST";

    private readonly XmlReader _xml;
    private readonly IXmlLineInfo _position;
    private readonly string _fileName;
    private UnListedKind _section;
    private bool _enumerated;

    /// <summary>Opens the list and reads its root element.</summary>
    /// <param name="stream">The XML; disposed with the reader.</param>
    /// <param name="fileName">The name errors and sources cite.</param>
    /// <exception cref="DataFormatException">Malformed XML, another root, a missing or bad <c>dateGenerated</c>.</exception>
    public UnSanctionsListReader(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        _fileName = fileName;
        _xml = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        });
        _position = (IXmlLineInfo)_xml;
        try
        {
            DateGenerated = Guard(ReadRoot);
        }
        catch
        {
            _xml.Dispose();
            throw;
        }
    }

    /// <summary>The list's as-of date: the calendar date of <c>dateGenerated</c> as written (time and offset dropped).</summary>
    public DateOnly DateGenerated { get; }

    /// <summary>Reads the records one at a time, in document order. Enumerate once.</summary>
    /// <exception cref="DataFormatException">A record that cannot be read, or malformed XML.</exception>
    /// <exception cref="InvalidOperationException">Called a second time.</exception>
    public IEnumerable<UnSanctionsRecord> ReadRecords()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("The list's records can be read only once.");
        }

        _enumerated = true;
        return Enumerate();
    }

    public void Dispose() => _xml.Dispose();

    private IEnumerable<UnSanctionsRecord> Enumerate()
    {
        while (Guard(Next) is { } record)
        {
            yield return record;
        }
    }

    private DateOnly ReadRoot()
    {
        _xml.MoveToContent();
        if (!string.Equals(_xml.LocalName, RootElement, StringComparison.Ordinal) || _xml.NamespaceURI.Length > 0)
        {
            throw Error(_position.LineNumber, _position.LinePosition, null, $"the root element is <{_xml.Name}>, not <{RootElement}>: this is not a UN sanctions list");
        }

        if (!_xml.MoveToAttribute("dateGenerated"))
        {
            throw Error(_position.LineNumber, _position.LinePosition, "dateGenerated", "is missing: the list must state its as-of date");
        }

        var text = _xml.Value;
        if (!UnDate.TryParse(text.Trim(), out var date))
        {
            throw Error(_position.LineNumber, _position.LinePosition, "dateGenerated", $"'{text}' is not a date");
        }

        _xml.MoveToElement();
        return date;
    }

    // Every branch consumes what it reads, so the reader always stands on an unread node.
    private UnSanctionsRecord? Next()
    {
        while (!_xml.EOF)
        {
            if (_xml.NodeType != XmlNodeType.Element || _xml.Depth == 0)
            {
                _xml.Read();
                continue;
            }

            if (_xml.Depth == 1)
            {
                _section = _xml.LocalName switch
                {
                    "INDIVIDUALS" => UnListedKind.Individual,
                    "ENTITIES" => UnListedKind.Entity,
                    _ => throw Error(_position.LineNumber, _position.LinePosition, _xml.LocalName, "is not a part of a UN list: expected INDIVIDUALS or ENTITIES"),
                };
                _xml.Read();
                continue;
            }

            var expected = _section == UnListedKind.Individual ? "INDIVIDUAL" : "ENTITY";
            if (!string.Equals(_xml.LocalName, expected, StringComparison.Ordinal))
            {
                throw Error(_position.LineNumber, _position.LinePosition, _xml.LocalName, $"is not a record: only {expected} may stand here");
            }

            return ReadRecord(_section, expected);
        }

        return null;
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException e)
        {
            throw Malformed(e);
        }
    }

    private DataFormatException Error(long line, int column, string? field, string reason) =>
        new(_fileName, line, column, field, reason);

    // XmlException appends " Line n, position m." to its message; the location has its own properties.
    // A few (a prohibited DTD) carry none: line 0 then stands for the whole file.
    private DataFormatException Malformed(XmlException e)
    {
        var suffix = $" Line {e.LineNumber}, position {e.LinePosition}.";
        var message = e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
        return Error(e.LineNumber, e.LinePosition, null, $"malformed XML: {message}");
    }
}
