using Truce.Domain.Actors;

namespace Truce.Storage.Sites;

/// <summary>
/// Actor names to parties. An event's actor matches a link when their <see cref="NameKey"/> forms
/// are equal; a name that matches no link and lists actors joined by ", " or ";" (UCDP coalition
/// sides) is matched part by part. Nothing fuzzy.
/// </summary>
internal sealed class PartyLinks
{
    private readonly Dictionary<string, SortedSet<string>> _byActor = new(StringComparer.Ordinal);

    public PartyLinks(IEnumerable<PartyActor> links)
    {
        foreach (var link in links)
        {
            var key = NameKey.Of(link.Actor);
            if (!_byActor.TryGetValue(key, out var parties))
            {
                _byActor[key] = parties = new SortedSet<string>(StringComparer.Ordinal);
            }

            parties.Add(link.Party);
        }
    }

    /// <summary>The parties linked to <paramref name="actor"/>, by name (ordinal); empty when none.</summary>
    public IReadOnlyList<string> Of(string actor)
    {
        if (_byActor.TryGetValue(NameKey.Of(actor), out var whole))
        {
            return [.. whole];
        }

        var parties = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in actor.Split([", ", ";"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (_byActor.TryGetValue(NameKey.Of(part), out var some))
            {
                parties.UnionWith(some);
            }
        }

        return [.. parties];
    }
}
