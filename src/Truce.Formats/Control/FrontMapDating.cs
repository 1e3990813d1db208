using Truce.Domain.Time;

namespace Truce.Formats.Control;

/// <summary>The period a front map shows, as the caller knows it (the map itself may carry no date).</summary>
/// <param name="From">Start as stated; the records begin on its earliest day.</param>
/// <param name="To">End as stated; the records end on its latest day.</param>
/// <param name="Basis">Why these dates, in words; copied to every record's date basis.</param>
public sealed record FrontMapDating(PartialDate From, PartialDate To, string Basis);
