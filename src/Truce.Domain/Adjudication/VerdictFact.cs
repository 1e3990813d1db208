using Truce.Domain.Sources;

namespace Truce.Domain.Adjudication;

/// <summary>One fact a verdict used: which record, what it says, and its source.</summary>
/// <param name="Kind">agreement, reading, party, designation, clause, control.</param>
/// <param name="RecordId">The record's id (<c>file#row</c> or the record's own id).</param>
/// <param name="Statement">What the record establishes for this verdict, in words.</param>
/// <param name="DistanceMetres">For control records: distance from the event (0 inside an area).</param>
/// <param name="Source">The record's source.</param>
public sealed record VerdictFact(string Kind, string RecordId, string Statement, double? DistanceMetres, SourceRef Source);
