using Truce.Formats.Detection;

namespace Truce.Storage.Import;

/// <summary>Where an import comes from: the file's name as the user gave it, and its format.</summary>
public sealed record ImportSource(string File, EventFileFormat Format);
