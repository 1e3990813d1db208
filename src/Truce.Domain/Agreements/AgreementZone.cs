using Truce.Domain.Sources;

namespace Truce.Domain.Agreements;

/// <summary>
/// An area with an extra rule: inside it, only the listed initiators may strike even exempt
/// targets (e.g. zones reserved to a joint implementation cell). Area by P-code prefix; days
/// inclusive, null open.
/// </summary>
public sealed record AgreementZone(string Id, IReadOnlyList<string> AreaCodes, IReadOnlyList<string> OnlyInitiators, DateOnly? From, DateOnly? To, SourceRef Source)
{
    public bool IsActiveOn(DateOnly day) => (From is null || From.Value <= day) && (To is null || day <= To.Value);
}
