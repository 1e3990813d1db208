using Truce.Geo.Deconfliction;

namespace Truce.Storage.Sites;

/// <summary>A site revision and the time it stays in force: from its notification until the next revision's (exclusive).</summary>
/// <param name="Revision">The revision.</param>
/// <param name="Until">The next revision's notification time; <see cref="DateTimeOffset.MaxValue"/> for the latest.</param>
/// <param name="Shape">Distances to its geometry; null when it has none.</param>
internal sealed record SiteSpan(StoredSite Revision, DateTimeOffset Until, ShapeDistance? Shape)
{
    /// <summary>Every site's revisions in notification order (then revision number), grouped by site id in ordinal order.</summary>
    public static IReadOnlyList<IReadOnlyList<SiteSpan>> Of(IReadOnlyList<StoredSite> revisions) =>
    [
        .. revisions.GroupBy(r => r.Site.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.NotifiedAt).ThenBy(r => r.Revision).ToList();
                return (IReadOnlyList<SiteSpan>)[.. ordered.Select((r, i) => new SiteSpan(
                    r,
                    i + 1 < ordered.Count ? ordered[i + 1].NotifiedAt : DateTimeOffset.MaxValue,
                    r.Site.Geometry is { } shape ? new ShapeDistance(shape) : null))];
            }),
    ];
}
