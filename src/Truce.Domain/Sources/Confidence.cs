namespace Truce.Domain.Sources;

/// <summary>How far the compiler of a record trusts it, as the record states.</summary>
public enum Confidence
{
    Unknown = 0,
    Low = 1,
    Medium = 2,
    High = 3,
}
