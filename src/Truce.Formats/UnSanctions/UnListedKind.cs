namespace Truce.Formats.UnSanctions;

/// <summary>Which part of the UN list a record comes from: <c>INDIVIDUALS</c> or <c>ENTITIES</c>.</summary>
public enum UnListedKind
{
    /// <summary>A person (<c>INDIVIDUAL</c>, reference numbers like <c>QDi.317</c>).</summary>
    Individual = 1,

    /// <summary>A group, company or other body (<c>ENTITY</c>, reference numbers like <c>QDe.137</c>).</summary>
    Entity = 2,
}
