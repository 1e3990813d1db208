namespace Truce.Server.Apis;

/// <summary>An RFC 6962 consistency proof between two tree sizes, with both roots (hex).</summary>
public sealed record ConsistencyProofDto(long From, long To, string FromRoot, string ToRoot, IReadOnlyList<string> Proof);
