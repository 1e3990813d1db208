using Truce.Domain.Sources;
using Truce.Domain.Time;

namespace Truce.Domain.Humanitarian;

/// <summary>
/// One row of a siege table: one source's statement about a besieged area — a start (each source's
/// definition is its own row), an end, an interruption, a besieging party, or a population figure.
/// Figures are never merged: every row keeps its reporting organisation and source.
/// </summary>
public sealed record SiegeRecord
{
    /// <summary>Row id, e.g. <c>S09</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The area as the table names it.</summary>
    public required string AreaName { get; init; }

    /// <summary>The area's P-codes or a note on them, as the table gives them.</summary>
    public string AreaPcodes { get; init; } = "";

    public string Governorate { get; init; } = "";

    public required SiegeRecordKind Kind { get; init; }

    /// <summary>The day (or month, or year) the statement is about.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>What the date means, in the table's words.</summary>
    public string DateBasis { get; init; } = "";

    /// <summary>The besieging parties as the source names them.</summary>
    public string BesiegingParties { get; init; } = "";

    /// <summary>A count of people (population, flow or national total), when the row gives one.</summary>
    public PopulationFigure? Population { get; init; }

    /// <summary>When the count was true, when it differs from <see cref="Date"/>.</summary>
    public PartialDate? EstimateDate { get; init; }

    /// <summary>Who gave the figure or statement.</summary>
    public string ReportingOrg { get; init; } = "";

    public string Note { get; init; } = "";

    /// <summary>What the source said beyond the ISO dates (e.g. <c>date: (late)</c>).</summary>
    public string DateQualifiers { get; init; } = "";

    public required SourceRef Source { get; init; }

    /// <summary>The day range the count is about: the estimate date, else the row's date.</summary>
    public PartialDate FigureDate => EstimateDate ?? Date;
}
