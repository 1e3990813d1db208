namespace Truce.Formats.Csv;

/// <summary>
/// Guards exported text cells against formula injection (CSV injection, OWASP): a cell that a
/// spreadsheet would run as a formula gets a leading apostrophe. Reversible: Truce's own reader
/// removes exactly one leading apostrophe from every text cell it wrote.
/// </summary>
public static class SafeCell
{
    /// <summary>The cell text, with a leading apostrophe when it would start a formula.</summary>
    public static string Escape(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\''
            ? "'" + text
            : text ?? "";

    /// <summary>The escaped cell, quoted when it holds a comma, quote or line break: ready to write between commas.</summary>
    public static string Csv(string? text)
    {
        var value = Escape(text);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Undoes <see cref="Escape"/>.</summary>
    public static string? Unescape(string? text) =>
        text is { Length: > 0 } && text[0] == '\'' ? text[1..] : text;
}
