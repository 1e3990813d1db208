using Truce.Domain.Claims;
using Truce.Domain.Sources;

namespace Truce.Server.Apis;

/// <summary>A trace of a claimed group: a control record (<c>control</c>) or an event it took part in (<c>event</c>), over its days.</summary>
public sealed record TraceDto(string Kind, string Record, DateOnly From, DateOnly To, SourceRef? Source)
{
    public static TraceDto Of(Presence p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Kind, p.RecordId, p.From, p.To, p.Source);
    }
}
