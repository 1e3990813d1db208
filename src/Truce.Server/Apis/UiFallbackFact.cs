namespace Truce.Server.Apis;

/// <summary>STAND-IN (see <see cref="UiFallbackVerdictsApi"/>): a fact a verdict relied on, with its source.</summary>
public sealed record UiFallbackFact(string Kind, string Record, string Statement, double? DistanceMetres, string? SourceKey, string? SourceUrl, string? SourceFlag);
