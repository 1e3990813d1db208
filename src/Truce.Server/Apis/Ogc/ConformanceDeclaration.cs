namespace Truce.Server.Apis.Ogc;

/// <summary>The conformance classes the service implements.</summary>
public sealed record ConformanceDeclaration(IReadOnlyList<string> ConformsTo);
