namespace Truce.Storage.Adjudication;

/// <summary>Which verdicts of the latest run to read.</summary>
public sealed record VerdictQuery
{
    public string? Agreement { get; init; }

    public string? EventKey { get; init; }

    public bool DisputedOnly { get; init; }
}
