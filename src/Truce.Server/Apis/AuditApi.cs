using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Domain.Audit;
using Truce.Server.Access;
using Truce.Server.Hosting;

namespace Truce.Server.Apis;

/// <summary>
/// <c>/api/audit</c>: the tamper-evident log of every write, in the manner of a Certificate
/// Transparency log — the latest signed checkpoint, entries (the exact bytes that are hashed),
/// inclusion and consistency proofs (RFC 6962), and the public key that checks the checkpoints.
/// </summary>
public static class AuditApi
{
    /// <summary>The most entries one page returns.</summary>
    public const int MaxEntries = 1_000;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/audit").WithTags("Audit");
        api.MapGet("/checkpoint", LatestCheckpoint).WithName("AuditCheckpoint").AllowedFor(Permissions.ReadPublished)
            .WithSummary("The latest signed checkpoint (tree size, root hash, time) as a signed note: keep a copy to catch rollbacks and forks later.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/key", PublicKey).WithName("AuditKey").AllowedFor(Permissions.ReadPublished)
            .WithSummary("The public keys that signed checkpoints (PEM); check them against a copy obtained another way.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        api.MapGet("/entries", Entries).WithName("AuditEntries").AllowedFor(Permissions.ReadNonConfidential)
            .WithSummary("Entries (for analysts, monitors and admins: they name authors and records) from a sequence number, each with the exact text that is hashed (leaf = SHA-256(0x00 ‖ UTF-8 text)) and its leaf hash.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/proofs/inclusion", Inclusion).WithName("AuditInclusionProof").AllowedFor(Permissions.ReadPublished)
            .WithSummary("The audit path of one entry in the tree of a given size (RFC 6962 §2.1.1), leaf end first, hex.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/proofs/consistency", Consistency).WithName("AuditConsistencyProof").AllowedFor(Permissions.ReadPublished)
            .WithSummary("The proof that the tree of size `to` extends the tree of size `from` (RFC 6962 §2.1.2), hex.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return routes;
    }

    public static Results<ContentHttpResult, ProblemHttpResult> LatestCheckpoint(StoreAccess store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        var notes = s.AuditCheckpoints();
        return notes.Count == 0
            ? Problems.NotFound("no checkpoint has been signed yet")
            : TypedResults.Text(notes[^1], "text/plain", Encoding.UTF8);
    }

    public static ContentHttpResult PublicKey(StoreAccess store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        var pem = new StringBuilder();
        foreach (var (_, der) in s.AuditKeys())
        {
            using var key = System.Security.Cryptography.ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(der, out _);
            pem.Append(key.ExportSubjectPublicKeyInfoPem()).Append('\n');
        }

        return TypedResults.Text(pem.ToString(), "text/plain", Encoding.UTF8);
    }

    /// <param name="store">The store.</param>
    /// <param name="from">The first entry's sequence number (default 0).</param>
    /// <param name="limit">How many entries (default 100, at most 1000).</param>
    public static Results<Ok<AuditEntriesDto>, ProblemHttpResult> Entries(StoreAccess store, long? from, int? limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        var first = from ?? 0;
        var count = limit ?? 100;
        if (first < 0)
        {
            return Problems.Bad("from", "a sequence number from 0");
        }

        if (count is < 1 or > MaxEntries)
        {
            return Problems.Bad("limit", $"from 1 to {MaxEntries}");
        }

        using var s = store.Open();
        var size = s.AuditSize();
        var entries = s.AuditEntries(first, first + count)
            .Select(e => new AuditEntryDto(e.Seq, Encoding.UTF8.GetString(e.Entry), Convert.ToHexStringLower(e.Leaf)))
            .ToList();
        return TypedResults.Ok(new AuditEntriesDto(size, entries));
    }

    /// <param name="store">The store.</param>
    /// <param name="entry">The entry's sequence number.</param>
    /// <param name="size">The tree size (default: the latest checkpoint's, else the log's).</param>
    public static Results<Ok<InclusionProofDto>, ProblemHttpResult> Inclusion(StoreAccess store, long? entry, long? size)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        var treeSize = size ?? CheckpointSize(s);
        var available = s.AuditSize();
        if (treeSize < 1 || treeSize > available)
        {
            return Problems.Bad("size", $"a tree size from 1 to {available}");
        }

        if (entry is not { } index || index < 0 || index >= treeSize)
        {
            return Problems.Bad("entry", $"required: a sequence number from 0 to {treeSize - 1}");
        }

        var nodes = s.AuditNodes();
        var leaf = nodes.Read([new NodeId(0, index)])[new NodeId(0, index)];
        return TypedResults.Ok(new InclusionProofDto(index, treeSize, Convert.ToHexStringLower(leaf),
            Convert.ToHexStringLower(MerkleProofs.Root(treeSize, nodes)), [.. MerkleProofs.Inclusion(index, treeSize, nodes).Select(Convert.ToHexStringLower)]));
    }

    /// <param name="store">The store.</param>
    /// <param name="from">The smaller tree size (e.g. a checkpoint you hold).</param>
    /// <param name="to">The larger tree size (default: the latest checkpoint's, else the log's).</param>
    public static Results<Ok<ConsistencyProofDto>, ProblemHttpResult> Consistency(StoreAccess store, long? from, long? to)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var s = store.Open();
        var second = to ?? CheckpointSize(s);
        var available = s.AuditSize();
        if (second < 0 || second > available)
        {
            return Problems.Bad("to", $"a tree size from 0 to {available}");
        }

        if (from is not { } first || first < 0 || first > second)
        {
            return Problems.Bad("from", $"required: a tree size from 0 to {second}");
        }

        var nodes = s.AuditNodes();
        return TypedResults.Ok(new ConsistencyProofDto(first, second, Convert.ToHexStringLower(MerkleProofs.Root(first, nodes)),
            Convert.ToHexStringLower(MerkleProofs.Root(second, nodes)), [.. MerkleProofs.Consistency(first, second, nodes).Select(Convert.ToHexStringLower)]));
    }

    private static long CheckpointSize(Storage.Contract.ITruceStore store)
    {
        var notes = store.AuditCheckpoints();
        return notes.Count > 0 ? SignedCheckpoint.Parse(notes[^1]).Checkpoint.Size : store.AuditSize();
    }
}
