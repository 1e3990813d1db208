using Truce.Domain.Adjudication;
using Truce.Storage.Adjudication;

namespace Truce.Server.Apis;

/// <summary>One stakeholder's verdict on an event under one agreement, with the facts it used.</summary>
public sealed record VerdictDto(string Stakeholder, VerdictOutcome Outcome, VerdictReason Rule, IReadOnlyList<FactDto> Facts)
{
    public static VerdictDto Of(StoredVerdict v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Stakeholder, v.Outcome, v.Reason, [.. FactsJson.Read(v.FactsJson).Select(FactDto.Of)]);
    }
}
