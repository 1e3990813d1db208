namespace Truce.Formats.UnSanctions;

/// <summary>One <c>INDIVIDUAL_ALIAS</c> or <c>ENTITY_ALIAS</c> of a UN list record.</summary>
/// <param name="Name">
/// <c>ALIAS_NAME</c> with its whitespace collapsed, otherwise as written: the UN sometimes packs
/// several names into one alias (<c>جبهة النصرة (the Victory Front; Jabhat al-Nusrah; ...)</c>)
/// and this reader does not split them.
/// </param>
/// <param name="Quality"><c>QUALITY</c> as given (<c>Good</c>, <c>Low</c>, <c>a.k.a.</c>, <c>f.k.a.</c>); null when empty.</param>
public sealed record UnAlias(string Name, string? Quality);
