using System.Globalization;
using System.Xml;

namespace Truce.Formats.UnSanctions;

/// <summary>One record's fields.</summary>
public sealed partial class UnSanctionsListReader
{
    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    private static readonly HashSet<string> Scalars = new(StringComparer.Ordinal)
    {
        "DATAID", "REFERENCE_NUMBER", "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME",
        "UN_LIST_TYPE", "LISTED_ON", "NAME_ORIGINAL_SCRIPT", "COMMENTS1",
    };

    private UnSanctionsRecord ReadRecord(UnListedKind kind, string tag)
    {
        var at = Here();
        var aliasTag = tag + "_ALIAS";
        var scalars = new Dictionary<string, Located>(StringComparer.Ordinal);
        var updated = new List<DateOnly>();
        var aliases = new List<UnAlias>();
        var depth = _xml.Depth;
        if (Enter())
        {
            while (NextChild(depth))
            {
                var name = _xml.LocalName;
                if (Scalars.Contains(name))
                {
                    var value = ReadText();
                    if (!scalars.TryAdd(name, value))
                    {
                        throw Error(value.Line, value.Column, name, $"appears twice in one {tag}");
                    }
                }
                else if (string.Equals(name, "LAST_DAY_UPDATED", StringComparison.Ordinal))
                {
                    ReadDates(name, updated);
                }
                else if (string.Equals(name, aliasTag, StringComparison.Ordinal))
                {
                    ReadAlias(aliases);
                }
                else
                {
                    _xml.Skip();
                }
            }
        }

        var reference = scalars.GetValueOrDefault("REFERENCE_NUMBER").Text
            ?? throw Error(at.Line, at.Column, "REFERENCE_NUMBER", $"is missing: every {tag} needs a reference number");
        var fullName = string.Join(' ', NameParts.Select(p => scalars.GetValueOrDefault(p).Text).OfType<string>());
        if (fullName.Length == 0)
        {
            throw Error(at.Line, at.Column, "FIRST_NAME", $"is missing: {tag} {reference} has no name");
        }

        var dataId = scalars.GetValueOrDefault("DATAID");
        if (dataId.Text is null)
        {
            throw Error(at.Line, at.Column, "DATAID", $"is missing from {tag} {reference}");
        }

        if (!long.TryParse(dataId.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id == 0)
        {
            throw Error(dataId.Line, dataId.Column, "DATAID", $"'{dataId.Text}' is not a positive whole number");
        }

        var listed = scalars.GetValueOrDefault("LISTED_ON");
        var listedOn = listed.Text is null
            ? throw Error(at.Line, at.Column, "LISTED_ON", $"is missing from {tag} {reference}")
            : ParseDate(listed, "LISTED_ON");

        return new UnSanctionsRecord(
            kind,
            reference,
            id,
            fullName,
            scalars.GetValueOrDefault("NAME_ORIGINAL_SCRIPT").Text,
            scalars.GetValueOrDefault("UN_LIST_TYPE").Text,
            listedOn,
            updated,
            aliases,
            scalars.GetValueOrDefault("COMMENTS1").Text,
            at.Line);
    }

    private void ReadDates(string field, List<DateOnly> dates)
    {
        var depth = _xml.Depth;
        if (!Enter())
        {
            return;
        }

        while (NextChild(depth))
        {
            if (!string.Equals(_xml.LocalName, "VALUE", StringComparison.Ordinal))
            {
                _xml.Skip();
                continue;
            }

            dates.Add(ParseDate(ReadText(), field));
        }
    }

    private void ReadAlias(List<UnAlias> aliases)
    {
        var at = Here();
        var depth = _xml.Depth;
        string? quality = null;
        string? name = null;
        if (Enter())
        {
            while (NextChild(depth))
            {
                switch (_xml.LocalName)
                {
                    case "QUALITY":
                        quality = ReadText().Text;
                        break;
                    case "ALIAS_NAME":
                        name = ReadText().Text;
                        break;
                    default:
                        _xml.Skip();
                        break;
                }
            }
        }

        // The lists carry empty placeholders (<ENTITY_ALIAS />, or an empty QUALITY and ALIAS_NAME).
        if (name is not null)
        {
            aliases.Add(new UnAlias(name, quality));
        }
        else if (quality is not null)
        {
            throw Error(at.Line, at.Column, "ALIAS_NAME", $"is empty in an alias of quality '{quality}'");
        }
    }

    private DateOnly ParseDate(Located value, string field) =>
        value.Text is not null && UnDate.TryParse(value.Text, out var date)
            ? date
            : throw Error(value.Line, value.Column, field, $"'{value.Text}' is not a date (yyyy-MM-dd)");

    private Located Here() => new(null, _position.LineNumber, _position.LinePosition);

    private Located ReadText()
    {
        var at = Here();
        return at with { Text = UnText.Clean(_xml.ReadElementContentAsString()) };
    }

    /// <summary>Steps inside the current element; false (and past it) when it is empty.</summary>
    private bool Enter()
    {
        var empty = _xml.IsEmptyElement;
        _xml.Read();
        return !empty;
    }

    /// <summary>Moves to the next child of the element at <paramref name="depth"/>; false past its end tag.</summary>
    private bool NextChild(int depth)
    {
        while (true)
        {
            if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == depth + 1)
            {
                return true;
            }

            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth)
            {
                _xml.Read();
                return false;
            }

            if (!_xml.Read())
            {
                return false;
            }
        }
    }

    /// <summary>An element's cleaned text (null when empty) and where the element starts.</summary>
    private readonly record struct Located(string? Text, int Line, int Column);
}
