namespace Truce.Domain.Sources;

/// <summary>What a source can be cited for.</summary>
public enum SubjectKind
{
    /// <summary>An event, by dataset and source id (<c>ucdp-ged:233028</c>).</summary>
    Event = 1,

    /// <summary>A control record, by the file and row that state it (<c>control:aleppo-control.csv#C12</c>).</summary>
    Control = 2,

    /// <summary>A figure (a population estimate, a casualty count), by a name the monitor chooses (<c>figure:east-aleppo-population-2016-09</c>).</summary>
    Figure = 3,
}
