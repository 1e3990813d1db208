using Truce.Domain.Events;

namespace Truce.Storage.Import;

/// <summary>An event read and planned, waiting to be placed (<see cref="ImportPipeline.Place"/>) and written by the store's writer thread.</summary>
internal readonly record struct StagedEvent(
    ConflictEvent Event,
    long Line,
    UInt128 Hash,
    long Offset,
    int Length,
    int Revision,
    long SupersedesRevisionId);
