namespace Truce.Server.Apis;

/// <summary>Why an event got its verdicts: the event, its verdicts per agreement with their facts, and the claim checks.</summary>
public sealed record EventVerdictsDto(EventDto Event, IReadOnlyList<AgreementVerdictsDto> Agreements, IReadOnlyList<ClaimCheckDto> Claims);
