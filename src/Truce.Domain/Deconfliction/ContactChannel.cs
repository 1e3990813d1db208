namespace Truce.Domain.Deconfliction;

/// <summary>
/// Whom a party must talk to about a conflict with a protected site: a desk, a hotline, an
/// address — never a place. Text only; it is shown to the party that asked.
/// </summary>
/// <param name="Value">The channel, e.g. <c>UN deconfliction cell, Gaziantep</c>.</param>
public sealed record ContactChannel(string Value)
{
    /// <summary>The channel text, not empty.</summary>
    public string Value { get; } = !string.IsNullOrWhiteSpace(Value) ? Value : throw new ArgumentException("A contact channel must not be empty.", nameof(Value));

    public override string ToString() => Value;
}
