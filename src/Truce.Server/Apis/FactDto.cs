using Truce.Domain.Adjudication;
using Truce.Domain.Sources;

namespace Truce.Server.Apis;

/// <summary>A record a verdict relied on: its kind (agreement, reading, party, designation, clause, control), id, what it establishes, distance from the event in metres (control records) and source.</summary>
public sealed record FactDto(string Kind, string Record, string Statement, double? DistanceM, SourceRef Source)
{
    public static FactDto Of(VerdictFact f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.Kind, f.RecordId, f.Statement, f.DistanceMetres, f.Source);
    }
}
