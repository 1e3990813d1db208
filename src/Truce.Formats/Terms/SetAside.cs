namespace Truce.Formats.Terms;

/// <summary>A designations-table row that lists no one (a proposal, a statement, a duplicate), and why.</summary>
public sealed record SetAside(string Row, string Why);
