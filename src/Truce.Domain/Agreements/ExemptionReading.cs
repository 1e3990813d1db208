using Truce.Domain.Adjudication;
using Truce.Domain.Sources;

namespace Truce.Domain.Agreements;

/// <summary>
/// How one stakeholder reads an agreement's exemption clause: the actors the clause names, the
/// authorities whose lists it accepts, and whether a listing follows a group that renames.
/// </summary>
/// <param name="StakeholderId">Whose reading this is.</param>
/// <param name="Named">Actors the clause names itself (e.g. "Daesh", "Jabhat al-Nusra").</param>
/// <param name="Authorities">Authorities whose designations the stakeholder accepts (e.g. <c>un</c>, <c>ru</c>).</param>
/// <param name="Renamings">Whether a listing covers the group's later names.</param>
/// <param name="Source">The row that states this reading.</param>
public sealed record ExemptionReading(
    string StakeholderId,
    IReadOnlyList<NamedExemption> Named,
    IReadOnlyList<string> Authorities,
    RenamingPolicy Renamings,
    SourceRef Source);
