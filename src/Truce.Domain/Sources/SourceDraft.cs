using System.Globalization;
using Truce.Domain.Errors;

namespace Truce.Domain.Sources;

/// <summary>A source as given, before it is stored; <see cref="Checked"/> enforces what a source must say.</summary>
/// <param name="Url">Absolute http or https address, or null.</param>
/// <param name="Publisher">Who published or told it, or null.</param>
/// <param name="Published">The day it was published, or null.</param>
/// <param name="Quote">A short verbatim excerpt, or null.</param>
/// <param name="Sha256">An evidence file already added (lowercase hex SHA-256), or null.</param>
/// <param name="Confidential">Whether publisher and URL must be withheld from the public and analysts.</param>
public sealed record SourceDraft(string? Url, string? Publisher, DateOnly? Published, string? Quote, string? Sha256, bool Confidential = false)
{
    /// <summary>The longest URL accepted, in characters.</summary>
    public const int MaxUrl = 2000;

    /// <summary>The longest publisher accepted, in characters.</summary>
    public const int MaxPublisher = 300;

    /// <summary>The longest quote accepted, in characters.</summary>
    public const int MaxQuote = 4000;

    /// <summary>The draft with blank values as null and trimmed text, after checking every field.</summary>
    /// <exception cref="BadFieldException">The first field that is wrong, and why; or no URL, quote nor file.</exception>
    public SourceDraft Checked()
    {
        var url = Blank(Url);
        if (url is not null && (url.Length > MaxUrl || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || url.Any(char.IsWhiteSpace)))
        {
            throw new BadFieldException("url", $"'{url}' is not an absolute http or https address of at most {MaxUrl} characters");
        }

        var publisher = Blank(Publisher);
        if (publisher is not null && (publisher.Length > MaxPublisher || publisher.Any(char.IsControl)))
        {
            throw new BadFieldException("publisher", $"at most {MaxPublisher} characters without control characters");
        }

        var quote = Blank(Quote);
        if (quote is not null && quote.Length > MaxQuote)
        {
            throw new BadFieldException("quote", $"longer than {MaxQuote} characters");
        }

        var sha = Blank(Sha256);
        if (sha is not null && !EvidenceHash.IsValid(sha))
        {
            throw new BadFieldException("sha256", $"'{sha}' is not a SHA-256 (64 lowercase hexadecimal digits)");
        }

        if (Published is { } day && (day.Year < 1900 || day.Year > 2200))
        {
            throw new BadFieldException("published", string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd} is not a plausible publication day"));
        }

        if (url is null && quote is null && sha is null)
        {
            throw new BadFieldException("url", "a source needs at least a URL, a quote or an evidence file (sha256)");
        }

        return new SourceDraft(url, publisher, Published, quote, sha, Confidential);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
