using Truce.Domain.Control;
using Truce.Formats.Reading;

namespace Truce.Formats.Control;

/// <summary>What a control layer reader produced: the records, and every row it left out with the reason.</summary>
/// <param name="Records">The control records, in file order.</param>
/// <param name="Skipped">One entry per row not turned into a record (flagged outlier, duplicate, map decoration), at its line.</param>
public sealed record ControlReadResult(IReadOnlyList<ControlRecord> Records, IReadOnlyList<ImportWarning> Skipped);
