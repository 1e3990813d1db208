using Truce.Domain.Sources;

namespace Truce.Server.Apis;

/// <summary>One addition of an evidence file: a link of its chain of custody.</summary>
public sealed record EvidenceAdditionDto(string Name, string MediaType, string Author, DateTimeOffset AddedAt)
{
    public static EvidenceAdditionDto Of(EvidenceAddition a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Name, a.MediaType, a.Author, a.AddedAt);
    }
}
