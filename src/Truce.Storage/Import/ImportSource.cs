namespace Truce.Storage.Import;

/// <summary>Where an import came from: the file's name, its format, and its SHA-256 once read.</summary>
/// <param name="File">Path or name as given by the user.</param>
/// <param name="Format">Format name (<c>ucdp</c>, <c>acled</c>, ...).</param>
/// <param name="Sha256">Called after the file has been read whole; returns the hex digest, or null.</param>
public sealed record ImportSource(string File, string Format, Func<string?> Sha256);
