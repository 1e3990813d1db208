namespace Truce.Formats.Acled;

/// <summary>
/// ACLED's actor type codes: exports before 2024 give numbers (1–8), later ones labels. Both are
/// accepted and kept as given; this class only says whether a value is one of them.
/// </summary>
public static class AcledInterCodes
{
    /// <summary>Labels by number (index 0 unused), as in the ACLED codebook.</summary>
    public static IReadOnlyList<string> Labels { get; } =
        ["", "State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces"];

    /// <summary>True for a code 0–8 or one of the labels (case-insensitive).</summary>
    public static bool IsValid(string value) =>
        (value.Length == 1 && value[0] is >= '0' and <= '8')
        || Labels.Skip(1).Any(l => string.Equals(l, value, StringComparison.OrdinalIgnoreCase));
}
