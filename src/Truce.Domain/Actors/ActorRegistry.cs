using System.Collections.Frozen;

namespace Truce.Domain.Actors;

/// <summary>
/// The canonical actors with their names over time and their lineage, and the explicit rule that
/// matches event actor names to them (see <see cref="Match"/>).
/// </summary>
public sealed class ActorRegistry
{
    private readonly FrozenDictionary<string, Actor> _actors;
    private readonly FrozenDictionary<string, string[]> _byPrimary;
    private readonly FrozenDictionary<string, string[]> _byAlias;
    private readonly FrozenDictionary<string, ActorName[]> _names;
    private readonly FrozenDictionary<string, ActorLink[]> _incoming;

    /// <exception cref="ArgumentException">Two actors share an id, or a name or link names an unknown actor.</exception>
    public ActorRegistry(IEnumerable<Actor> actors, IEnumerable<ActorName> names, IEnumerable<ActorLink> links)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(links);
        var byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            if (!byId.TryAdd(actor.Id, actor))
            {
                throw new ArgumentException($"actor id {actor.Id} appears twice", nameof(actors));
            }
        }

        _actors = byId.ToFrozenDictionary(StringComparer.Ordinal);
        var primary = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var alias = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var actor in byId.Values)
        {
            Add(primary, actor.Name, actor.Id);
            foreach (var a in actor.Aliases)
            {
                Add(alias, a, actor.Id);
            }
        }

        var eras = names.OrderBy(n => n.ActorId, StringComparer.Ordinal).ThenBy(n => n.From ?? DateOnly.MinValue).ToList();
        foreach (var era in eras)
        {
            Require(era.ActorId, nameof(names));
            Add(alias, era.Name, era.ActorId);
        }

        var lineage = links.ToList();
        foreach (var link in lineage)
        {
            Require(link.FromActorId, nameof(links));
            Require(link.ToActorId, nameof(links));
        }

        _byPrimary = primary.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byAlias = alias.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _names = eras.GroupBy(n => n.ActorId, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _incoming = lineage
            .OrderBy(l => l.FromActorId, StringComparer.Ordinal).ThenBy(l => l.From ?? DateOnly.MinValue)
            .GroupBy(l => l.ToActorId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Links = lineage;
    }

    /// <summary>Every actor, in id order.</summary>
    public IEnumerable<Actor> Actors => _actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal);

    /// <summary>Every lineage link as given.</summary>
    public IReadOnlyList<ActorLink> Links { get; }

    public int Count => _actors.Count;

    public Actor? Find(string id) => _actors.GetValueOrDefault(id);

    /// <summary>The dated names of an actor, oldest first (empty when it never renamed).</summary>
    public IReadOnlyList<ActorName> NamesOf(string actorId) => _names.TryGetValue(actorId, out var n) ? n : [];

    /// <summary>Links that end at <paramref name="actorId"/> (who renamed into, merged into, joined it).</summary>
    public IReadOnlyList<ActorLink> LinksInto(string actorId) => _incoming.TryGetValue(actorId, out var l) ? l : [];

    /// <summary>The name era in force on a day, or null when the actor had no dated name then.</summary>
    public ActorName? NameOn(string actorId, DateOnly day)
    {
        if (!_names.TryGetValue(actorId, out var eras))
        {
            return null;
        }

        foreach (var era in eras)
        {
            if (era.IsActiveOn(day))
            {
                return era;
            }
        }

        return null;
    }

    /// <summary>
    /// Matches a name: first the whole name (a registry name beats an alias; a key that several
    /// actors share is ambiguous and unmatched); failing that, a name listing actors joined by
    /// ", " or ";" is matched part by part. No fuzzy matching: what is not matched is reported.
    /// </summary>
    public ActorMatch Match(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ActorMatch.None;
        }

        if (Single(name) is { } id)
        {
            return new ActorMatch(name, ActorMatchKind.Whole, [id], []);
        }

        var parts = name.Split([", ", ";"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return new ActorMatch(name, ActorMatchKind.Unmatched, [], [name.Trim()]);
        }

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var part in parts)
        {
            if (Single(part) is { } partId)
            {
                ids.Add(partId);
            }
            else
            {
                unmatched.Add(part);
            }
        }

        return unmatched.Count == 0
            ? new ActorMatch(name, ActorMatchKind.Parts, [.. ids], [])
            : new ActorMatch(name, ActorMatchKind.Unmatched, [.. ids], unmatched);
    }

    private string? Single(string name)
    {
        var key = NameKey.Of(name);
        if (_byPrimary.TryGetValue(key, out var primary))
        {
            return primary.Length == 1 ? primary[0] : null;
        }

        return _byAlias.TryGetValue(key, out var alias) && alias.Length == 1 ? alias[0] : null;
    }

    private void Require(string id, string parameter)
    {
        if (!_actors.ContainsKey(id))
        {
            throw new ArgumentException($"unknown actor id {id}", parameter);
        }
    }

    private static void Add(Dictionary<string, SortedSet<string>> map, string name, string id)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.Add(id);
    }
}
