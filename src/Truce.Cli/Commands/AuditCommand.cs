using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Audit;
using Truce.Storage.Audit;
using Truce.Storage.Contract;
using Truce.Storage.Engines;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce audit verify|checkpoint|log|proof|key</c>: the tamper-evident log of every write —
/// check all of it (and a checkpoint kept elsewhere), sign and print a checkpoint to keep, list
/// entries, prove one entry's inclusion, print the public key that checks the checkpoints.
/// </summary>
internal sealed class AuditCommand
{
    public static Command Create() => new("audit", "The tamper-evident log of every write: verify it, sign checkpoints, read entries and proofs")
    {
        Verify(), Checkpoint(), Log(), Proof(), Key(),
    };

    private static Command Verify()
    {
        var db = CommonOptions.ExistingDb();
        var held = new Option<string?>("--checkpoint") { Description = "A signed checkpoint kept elsewhere (file): catches rollback, truncation and forks" };
        var publicKey = new Option<string?>("--public-key") { Description = "The checkpoint key's public half (PEM file) kept elsewhere; without it the keys the database lists are used" };
        var command = new Command("verify", "Check every entry, tree node, checkpoint signature and root, and the store's records against the log") { db, held, publicKey };
        command.SetAction(r => WithStore(r.GetValue(db)!, store =>
        {
            string? heldText = null;
            System.Security.Cryptography.ECDsa? key = null;
            try
            {
                if (r.GetValue(held) is { } heldPath)
                {
                    if (!File.Exists(heldPath))
                    {
                        return Terminal.Fail(ExitCodes.NotFound, $"{heldPath}: no such file");
                    }

                    heldText = File.ReadAllText(heldPath);
                }

                if (r.GetValue(publicKey) is { } keyPath)
                {
                    if (!File.Exists(keyPath))
                    {
                        return Terminal.Fail(ExitCodes.NotFound, $"{keyPath}: no such file");
                    }

                    key = AuditKey.PublicKey(File.ReadAllText(keyPath));
                }

                var report = LogVerifier.Verify(store, heldText, key);
                var c = CultureInfo.InvariantCulture;
                System.Console.Out.WriteLine(string.Create(c,
                    $"{report.Origin}: {report.Size:N0} entries, root {Convert.ToHexStringLower(report.Root)}; {report.CheckpointsChecked:N0} stored checkpoints{(report.HeldCheckpointChecked ? " and the held one" : "")} checked; {report.ClaimsMatched:N0} store records matched to entries"));
                if (report.KeyFromDatabase)
                {
                    Terminal.Warn("signatures were checked with the keys the database lists; give --public-key to check them with a key kept elsewhere");
                }

                foreach (var problem in report.Problems)
                {
                    Terminal.Error.MarkupLineInterpolated($"[red]problem:[/] {problem}");
                }

                if (!report.Intact)
                {
                    return Terminal.Fail(ExitCodes.Tampered, $"{report.Problems.Count} problems: the log or the store was changed outside Truce");
                }

                System.Console.Out.WriteLine("intact");
                return ExitCodes.Ok;
            }
            finally
            {
                key?.Dispose();
            }
        }));
        return command;
    }

    private static Command Checkpoint()
    {
        var db = CommonOptions.ExistingDb();
        var output = new Option<string?>("--out") { Description = "Also write the checkpoint to this file (to keep it elsewhere)" };
        var command = new Command("checkpoint", "Sign a checkpoint of the log (if it grew) and print it: keep a copy outside the database") { db, output };
        command.SetAction(r => WithStore(r.GetValue(db)!, store =>
        {
            using var key = AuditKey.LoadOrCreate(Databases.AuditKeyPath(r.GetValue(db)!));
            var signed = store.Checkpoint(key)!;
            System.Console.Out.Write(signed.Text());
            if (r.GetValue(output) is { } path)
            {
                File.WriteAllText(path, signed.Text());
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Log()
    {
        var db = CommonOptions.ExistingDb();
        var from = new Option<long>("--from") { Description = "First entry (sequence number)", DefaultValueFactory = _ => 0 };
        var limit = new Option<long>("--limit") { Description = "How many entries", DefaultValueFactory = _ => 100 };
        var command = new Command("log", "Print entries, one JSON object a line, exactly the bytes that are hashed") { db, from, limit };
        command.SetAction(r => WithStore(r.GetValue(db)!, store =>
        {
            var first = Math.Max(0, r.GetValue(from));
            foreach (var entry in store.AuditEntries(first, first + Math.Max(0, r.GetValue(limit))))
            {
                System.Console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(entry.Entry));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Proof()
    {
        var db = CommonOptions.ExistingDb();
        var seq = new Option<long>("--entry") { Description = "The entry's sequence number", Required = true };
        var size = new Option<long?>("--size") { Description = "The tree size to prove against (default: the latest checkpoint's)" };
        var command = new Command("proof", "Print an entry's inclusion proof (RFC 6962) against a checkpoint, as JSON") { db, seq, size };
        command.SetAction(r => WithStore(r.GetValue(db)!, store =>
        {
            var notes = store.AuditCheckpoints();
            var latest = notes.Count > 0 ? SignedCheckpoint.Parse(notes[^1]).Checkpoint.Size : store.AuditSize();
            var treeSize = r.GetValue(size) ?? latest;
            var index = r.GetValue(seq);
            if (treeSize > store.AuditSize() || index < 0 || index >= treeSize)
            {
                return Terminal.Fail(ExitCodes.Usage, string.Create(CultureInfo.InvariantCulture, $"--entry {index} --size {treeSize}: the log has {store.AuditSize()} entries"));
            }

            var nodes = store.AuditNodes();
            var entry = store.AuditEntries(index, index + 1).Single();
            var proof = new
            {
                entry = index,
                treeSize,
                leafHash = Convert.ToHexStringLower(entry.Leaf),
                root = Convert.ToHexStringLower(MerkleProofs.Root(treeSize, nodes)),
                proof = MerkleProofs.Inclusion(index, treeSize, nodes).Select(Convert.ToHexStringLower).ToArray(),
            };
            System.Console.Out.WriteLine(JsonSerializer.Serialize(proof));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Key()
    {
        var db = CommonOptions.ExistingDb();
        var command = new Command("key", "Print the public key that checks this database's checkpoints (PEM): keep it elsewhere") { db };
        command.SetAction(r =>
        {
            using var key = AuditKey.LoadOrCreate(Databases.AuditKeyPath(r.GetValue(db)!));
            System.Console.Out.Write(key.PublicKeyPem + "\n");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int WithStore(string db, Func<ITruceStore, int> action)
    {
        using var store = Stores.OpenExisting(db);
        return store is null ? Terminal.Fail(ExitCodes.NotFound, Stores.Missing(db)) : action(store);
    }
}
