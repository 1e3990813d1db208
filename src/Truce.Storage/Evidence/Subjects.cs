using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Storage.Contract;
using Truce.Storage.Queries;

namespace Truce.Storage.Evidence;

/// <summary>Subject keys as given by a person (CLI option, API field), checked against the store.</summary>
public static class Subjects
{
    /// <summary>Parses the keys; an event must be a current event of the store.</summary>
    /// <param name="store">The store the events must be in.</param>
    /// <param name="keys">The keys as given.</param>
    /// <param name="field">The field or option named in errors.</param>
    /// <exception cref="BadFieldException">A key that is none, or an unknown event.</exception>
    public static List<SubjectKey> Resolve(IEventStore store, IEnumerable<string> keys, string field)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(keys);
        var list = new List<SubjectKey>();
        foreach (var text in keys)
        {
            var key = SubjectKey.Parse(text, field);
            if (key.Kind == SubjectKind.Event && EventLookup.Current(store, key.Id) is null)
            {
                throw new BadFieldException(field, $"no current event {key}");
            }

            list.Add(key);
        }

        return list;
    }
}
