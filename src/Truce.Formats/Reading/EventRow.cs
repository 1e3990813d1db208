using Truce.Domain.Errors;
using Truce.Domain.Events;

namespace Truce.Formats.Reading;

/// <summary>One record of an event file: the event read from it, or why it was rejected.</summary>
/// <param name="Event">The event; null when <paramref name="Reject"/> is set.</param>
/// <param name="Reject">The problem, when the reader runs with rejects allowed.</param>
/// <param name="Line">Physical line where the record starts (1-based; feature number for GeoJSON).</param>
/// <param name="ContentHash">Fingerprint of the source record's fields (<see cref="Reading.ContentHash"/>).</param>
/// <param name="Offset">Byte offset of the raw record in the file, or -1.</param>
/// <param name="Length">Length of the raw record in bytes, or 0.</param>
public readonly record struct EventRow(ConflictEvent? Event, DataFormatException? Reject, long Line, UInt128 ContentHash = default, long Offset = -1, int Length = 0);
