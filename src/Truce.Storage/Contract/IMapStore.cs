using Truce.Storage.Map;

namespace Truce.Storage.Contract;

/// <summary>What a server's map index reads: lean rows, no archive reads, and a cheap version to know when to read again.</summary>
public interface IMapStore
{
    /// <summary>Every current event that has a point, lean (no archive reads), in no particular order.</summary>
    IEnumerable<MapEvent> MapEvents();

    /// <summary>The latest run's verdicts without their facts, in event key order; empty before the first run.</summary>
    IEnumerable<MapVerdict> MapVerdicts();

    /// <summary>A value that changes whenever events, boundaries, reference files or verdicts change (cheap: indexed maxima).</summary>
    string MapVersion();
}
