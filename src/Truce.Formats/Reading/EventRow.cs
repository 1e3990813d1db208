using Truce.Domain.Errors;
using Truce.Domain.Events;

namespace Truce.Formats.Reading;

/// <summary>One record of an event file: the event read from it, or why it was rejected.</summary>
/// <param name="Event">The event; null when <paramref name="Reject"/> is set.</param>
/// <param name="Reject">The problem, when the reader runs with rejects allowed.</param>
/// <param name="Line">Physical line where the record starts.</param>
public readonly record struct EventRow(ConflictEvent? Event, DataFormatException? Reject, long Line);
