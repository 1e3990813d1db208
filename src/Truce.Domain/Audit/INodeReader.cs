namespace Truce.Domain.Audit;

/// <summary>Reads stored hashes of perfect subtrees (<see cref="NodeId"/>), many at once (one round trip for a proof).</summary>
public interface INodeReader
{
    /// <summary>The hash of each requested node; a node the store lacks is an error, not a missing key.</summary>
    IReadOnlyDictionary<NodeId, byte[]> Read(IReadOnlyCollection<NodeId> nodes);
}
