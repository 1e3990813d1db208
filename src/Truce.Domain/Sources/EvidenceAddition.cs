namespace Truce.Domain.Sources;

/// <summary>
/// One addition of an evidence file: its bytes' SHA-256 and size, the name and media type it came
/// with, who added it and when. The same bytes added again are a new addition of the same file, so
/// every adder stays on record (the chain of custody; Berkeley Protocol on digital open source
/// investigations, 2022: hash at capture, record who handled it).
/// </summary>
/// <param name="Sha256">Lowercase hex SHA-256 of the bytes.</param>
/// <param name="Bytes">Size in bytes.</param>
/// <param name="Name">The original file name (no folders).</param>
/// <param name="MediaType">The media type, e.g. <c>image/jpeg</c>.</param>
/// <param name="Author">Who added it.</param>
/// <param name="AddedAt">When (UTC, to the millisecond); set by the store.</param>
public sealed record EvidenceAddition(string Sha256, long Bytes, string Name, string MediaType, string Author, DateTimeOffset AddedAt = default)
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxName = 255;

    /// <summary>The media type recorded when none is given.</summary>
    public const string DefaultMediaType = "application/octet-stream";

    /// <summary>Checks a file name: 1 to 255 characters, no control characters, no folders.</summary>
    /// <exception cref="Errors.BadFieldException">Field <c>name</c>.</exception>
    public static string CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Length > MaxName || name.Any(char.IsControl) || name.IndexOfAny(['/', '\\']) >= 0 || name is "." or ".."
            ? throw new Errors.BadFieldException("name", $"'{name}' is not a file name: 1 to {MaxName} characters, no folders or control characters")
            : name;

    /// <summary>Checks a media type: <c>type/subtype</c> (RFC 6838 characters), lowercased; the default when null or empty.</summary>
    /// <exception cref="Errors.BadFieldException">Field <c>mediaType</c>.</exception>
    public static string CheckMediaType(string? mediaType)
    {
        if (string.IsNullOrEmpty(mediaType))
        {
            return DefaultMediaType;
        }

        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        static bool Token(string s) => s.Length is > 0 and <= 127 && s.All(c => char.IsAsciiLetterOrDigit(c) || "!#$&-^_.+".Contains(c, StringComparison.Ordinal));
        return slash > 0 && Token(mediaType[..slash]) && Token(mediaType[(slash + 1)..])
            ? mediaType.ToLowerInvariant()
            : throw new Errors.BadFieldException("mediaType", $"'{mediaType}' is not a media type (type/subtype, e.g. image/jpeg)");
    }
}
