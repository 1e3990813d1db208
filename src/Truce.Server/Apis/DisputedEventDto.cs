using Truce.Storage.Adjudication;

namespace Truce.Server.Apis;

/// <summary>An event the stakeholders read differently under one agreement, every stakeholder's verdict side by side.</summary>
public sealed record DisputedEventDto(string Event, DateOnly Date, string Agreement, IReadOnlyList<StakeholderVerdictDto> Verdicts)
{
    public static DisputedEventDto Of(DisputedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.EventKey, e.Day, e.Agreement, [.. e.Verdicts.Select(v => new StakeholderVerdictDto(v.Stakeholder, v.Outcome, v.Reason))]);
    }
}
