namespace Truce.Server.Apis.Ogc;

/// <summary>The feature collections the service offers.</summary>
public sealed record CollectionList(IReadOnlyList<OgcLink> Links, IReadOnlyList<CollectionInfo> Collections);
