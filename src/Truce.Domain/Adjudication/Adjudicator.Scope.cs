using Truce.Domain.Agreements;

namespace Truce.Domain.Adjudication;

/// <summary>When and where an agreement applies.</summary>
public sealed partial class Adjudicator
{
    /// <summary>
    /// Null when the event's days lie wholly within the agreement's force; otherwise why not. The
    /// force runs from the start moment (a day without a time starts at 00:00) to the end moment
    /// (a day without a time ends with that day); an event covers its days from start to end.
    /// </summary>
    private static VerdictReason? InForce(Agreement agreement, DateOnly start, DateOnly end)
    {
        if (agreement.From is not { } from)
        {
            return VerdictReason.NotInForce;
        }

        var forceStart = from.Day.ToDateTime(from.Time ?? TimeOnly.MinValue);
        var forceEnd = agreement.To is not { } to
            ? DateTime.MaxValue
            : to.Time is { } time ? to.Day.ToDateTime(time) : to.Day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var eventStart = start.ToDateTime(TimeOnly.MinValue);
        var eventEnd = end.AddDays(1).ToDateTime(TimeOnly.MinValue);
        if (eventEnd <= forceStart || eventStart >= forceEnd)
        {
            return VerdictReason.NotInForce;
        }

        return eventStart >= forceStart && eventEnd <= forceEnd ? null : VerdictReason.PartlyInForce;
    }

    private static bool InScope(AgreementScope scope, AdjudicationCase c)
    {
        if (scope.Countries.Count > 0 && !scope.Countries.Contains(c.Country ?? "", StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        return scope.AreaCodes.Count == 0 || InAreas(scope.AreaCodes, c.Admin);
    }

    private static bool InAreas(IReadOnlyList<string> prefixes, Events.AdminCodes admin)
    {
        foreach (var prefix in prefixes)
        {
            foreach (var code in (ReadOnlySpan<string?>)[admin.Admin1, admin.Admin2, admin.Admin3])
            {
                if (code is not null && code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
