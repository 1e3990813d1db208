namespace Truce.Formats.Reading;

/// <summary>A doubt about a record that does not stop the import (for example lat/lon look swapped).</summary>
public sealed record ImportWarning(string File, long Line, int Column, string? Field, string Message)
{
    public override string ToString() => Column > 0
        ? $"{File}:{Line}:{Column}{(Field is null ? "" : $" ({Field})")}: {Message}"
        : $"{File}:{Line}: {Message}";
}
