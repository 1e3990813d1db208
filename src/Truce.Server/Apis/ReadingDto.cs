using Truce.Domain.Adjudication;
using Truce.Domain.Sources;

namespace Truce.Server.Apis;

/// <summary>How one stakeholder reads an agreement's exemption clause: the actors it names, the authorities whose lists it accepts, and whether a listing follows a renamed group.</summary>
public sealed record ReadingDto(string Stakeholder, string? StakeholderName, IReadOnlyList<NamedExemptionDto> Named, IReadOnlyList<string> Authorities, RenamingPolicy Renamings, SourceRef Source);
