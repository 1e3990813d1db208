namespace Truce.Server.Apis.Ogc;

/// <summary>One feature collection: id, title, description, links (self, items), extent, item type and CRS.</summary>
public sealed record CollectionInfo(string Id, string Title, string Description, IReadOnlyList<OgcLink> Links, CollectionExtent Extent, string ItemType, IReadOnlyList<string> Crs);
