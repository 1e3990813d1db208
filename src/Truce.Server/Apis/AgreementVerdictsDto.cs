namespace Truce.Server.Apis;

/// <summary>An event's verdicts under one agreement: disputed when the stakeholders' outcomes differ, else consensus.</summary>
public sealed record AgreementVerdictsDto(string Agreement, bool Disputed, IReadOnlyList<VerdictDto> Verdicts);
