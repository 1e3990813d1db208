namespace Truce.Domain.Sources;

/// <summary>
/// Where a fact comes from: the row of the input file that states it (so a person can find it)
/// and the public source that row cites.
/// </summary>
/// <param name="File">The input file's name, e.g. <c>designations.csv</c>.</param>
/// <param name="Row">The row's id in that file (e.g. <c>D15</c>) or, without ids, its line number.</param>
/// <param name="Key">The cited source's short key, when the file has one.</param>
/// <param name="Url">The cited source's address.</param>
/// <param name="Quote">A short verbatim excerpt of the source.</param>
/// <param name="Flag">A caution about the source (partisan, state media of a party, mirror/copy, weak citation).</param>
public sealed record SourceRef(string File, string Row, string? Key = null, string? Url = null, string? Quote = null, string? Flag = null)
{
    /// <summary><c>file#row</c>: how explanations name the record.</summary>
    public override string ToString() => $"{File}#{Row}";
}
