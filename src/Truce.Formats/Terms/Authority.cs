namespace Truce.Formats.Terms;

/// <summary>A designating authority: short id, name, and the prefix its rows carry in the designations table.</summary>
public sealed record Authority(string Id, string Name, string RowsPrefix);
