namespace Truce.Storage.Audit;

/// <summary>An entry as the store holds it: its sequence number, its bytes and the leaf hash stored beside them.</summary>
public sealed record StoredEntry(long Seq, byte[] Entry, byte[] Leaf);
