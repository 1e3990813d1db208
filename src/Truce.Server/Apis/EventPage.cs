namespace Truce.Server.Apis;

/// <summary>One page of events; <see cref="Next"/> is the URL of the next page, null on the last.</summary>
public sealed record EventPage(IReadOnlyList<EventDto> Items, int Offset, int Limit, string? Next);
