namespace Truce.Server.Apis;

/// <summary>One page of a list; <see cref="Next"/> is the URL of the next page, null on the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, string? Next);
