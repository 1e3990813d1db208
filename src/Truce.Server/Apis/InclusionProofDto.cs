namespace Truce.Server.Apis;

/// <summary>An RFC 6962 inclusion proof: the entry, the tree size, the leaf hash, the root it leads to and the path (hex, leaf end first).</summary>
public sealed record InclusionProofDto(long Entry, long TreeSize, string LeafHash, string Root, IReadOnlyList<string> Proof);
