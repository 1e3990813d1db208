using System.Globalization;
using Truce.Storage.Tests.Engines;

namespace Truce.Storage.Tests;

/// <summary>
/// Changes made to the log and the store behind Truce's back, as someone with database access
/// could: every one is detected by <c>LogVerifier</c> — a flipped byte anywhere in the entries,
/// leaves, nodes or checkpoints, truncation, rollback to an earlier copy, a rewritten (forked)
/// history signed with the right key, and store rows changed without an entry.
/// </summary>
public abstract class AuditTamperTests(StoreEngine engine) : AuditTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : AuditTamperTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : AuditTamperTests(new PostgresEngine());

    private string Held()
    {
        Write();
        var held = Store.Checkpoint(Key)!.Text();
        Assert.True(Verify(held).Intact, string.Join("\n", Verify(held).Problems));
        return held;
    }

    private void Detected(string what, string tamper, string restore, string? held = null)
    {
        Engine.Scalar(tamper);
        var report = Verify(held);
        Assert.False(report.Intact, $"not detected: {what}");
        Engine.Scalar(restore);
    }

    [Fact]
    public void A_flipped_byte_anywhere_in_any_entry_is_detected()
    {
        var held = Held();
        var entries = Store.AuditEntries(0, Store.AuditSize()).ToList();
        var tried = 0;
        foreach (var stored in entries)
        {
            // Every byte of the first and last entries, every seventh byte of the others.
            var step = stored.Seq == 0 || stored.Seq == entries.Count - 1 ? 1 : 7;
            for (var at = 0; at < stored.Entry.Length; at += step)
            {
                var flipped = stored.Entry.ToArray();
                flipped[at] ^= (byte)(1 << (at % 8));
                Detected($"entry {stored.Seq} byte {at}",
                    $"UPDATE audit_entries SET entry = {Engine.Bytes(flipped)} WHERE seq = {stored.Seq}",
                    $"UPDATE audit_entries SET entry = {Engine.Bytes(stored.Entry)} WHERE seq = {stored.Seq}", held);
                tried++;
            }
        }

        Assert.True(tried > 300, $"only {tried} positions tried");
        Assert.True(Verify(held).Intact);
    }

    [Fact]
    public void A_flipped_byte_in_any_leaf_or_node_hash_is_detected()
    {
        var held = Held();
        foreach (var stored in Store.AuditEntries(0, Store.AuditSize()).ToList())
        {
            for (var at = 0; at < 32; at += stored.Seq == 0 ? 1 : 11)
            {
                var flipped = stored.Leaf.ToArray();
                flipped[at] ^= 0x80;
                Detected($"leaf {stored.Seq} byte {at}",
                    $"UPDATE audit_entries SET leaf = {Engine.Bytes(flipped)} WHERE seq = {stored.Seq}",
                    $"UPDATE audit_entries SET leaf = {Engine.Bytes(stored.Leaf)} WHERE seq = {stored.Seq}", held);
            }
        }

        var nodes = Store.AuditInnerNodes().ToList();
        Assert.NotEmpty(nodes);
        foreach (var (id, hash) in nodes)
        {
            foreach (var at in new[] { 0, 13, 31 })
            {
                var flipped = hash.ToArray();
                flipped[at] ^= 0x01;
                var where = string.Create(CultureInfo.InvariantCulture, $"WHERE level = {id.Level} AND idx = {id.Index}");
                Detected($"node {id} byte {at}", $"UPDATE audit_nodes SET hash = {Engine.Bytes(flipped)} {where}",
                    $"UPDATE audit_nodes SET hash = {Engine.Bytes(hash)} {where}", held);
            }
        }
    }

    [Fact]
    public void A_changed_character_in_a_stored_checkpoint_is_detected()
    {
        Held();
        var note = Store.AuditCheckpoints().Single();
        for (var at = 0; at < note.Length; at += 3)
        {
            var chars = note.ToCharArray();
            chars[at] = chars[at] == 'A' ? 'B' : 'A';
            Detected($"checkpoint character {at}", $"UPDATE audit_checkpoints SET note = '{new string(chars).Replace("'", "''", StringComparison.Ordinal)}'",
                $"UPDATE audit_checkpoints SET note = '{note.Replace("'", "''", StringComparison.Ordinal)}'");
        }
    }

    [Fact]
    public void Truncating_the_log_is_detected_with_or_without_its_nodes_and_checkpoints()
    {
        var held = Held();
        var size = Store.AuditSize();
        for (var cut = size - 1; cut >= size - 3; cut--)
        {
            var entries = Store.AuditEntries(cut, size).ToList();
            var nodes = Store.AuditInnerNodes().ToList();
            var checkpoints = Store.AuditCheckpoints();

            // The entries alone: the stored checkpoint is now ahead of the log.
            Engine.Scalar($"DELETE FROM audit_entries WHERE seq >= {cut}");
            Assert.False(Verify().Intact, $"truncation to {cut} not detected");

            // Entries, the nodes over them and the checkpoints past them: only the checkpoint held elsewhere shows it.
            Engine.Scalar($"DELETE FROM audit_nodes WHERE ((idx + 1) << level) > {cut}");
            Engine.Scalar("DELETE FROM audit_checkpoints");
            Assert.False(Verify(held).Intact, $"truncation to {cut} with its nodes and checkpoints not detected");

            Restore(entries, nodes, checkpoints);
            Assert.True(Verify(held).Intact);
        }
    }

    [Fact]
    public void Rolling_the_database_back_to_an_earlier_state_is_detected_by_a_checkpoint_held_elsewhere()
    {
        Write();
        var earlier = Store.AuditSize();
        Store.Checkpoint(Key);
        Notes(100, 5);
        var held = Store.Checkpoint(Key)!.Text();

        // What restoring a backup taken at `earlier` leaves: a shorter log, consistent in itself.
        Engine.Scalar($"DELETE FROM audit_entries WHERE seq >= {earlier}");
        Engine.Scalar($"DELETE FROM audit_nodes WHERE ((idx + 1) << level) > {earlier}");
        Engine.Scalar($"DELETE FROM audit_checkpoints WHERE size > {earlier}");
        Assert.True(Verify().Intact); // nothing inside the database can tell
        var report = Verify(held);
        Assert.Contains(report.Problems, p => p.Contains("truncated or rolled back", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forked_history_signed_with_the_right_key_is_detected_by_a_checkpoint_held_elsewhere()
    {
        Write();
        var fork = Store.AuditSize() - 3;
        var held = Store.Checkpoint(Key)!.Text();

        // Rewrite the last three entries with other content, through the store's own code and key.
        Engine.Scalar($"DELETE FROM audit_entries WHERE seq >= {fork}");
        Engine.Scalar($"DELETE FROM audit_nodes WHERE ((idx + 1) << level) > {fork}");
        Engine.Scalar($"DELETE FROM audit_checkpoints WHERE size > {fork}");
        Notes(200, 4);
        Store.Checkpoint(Key);
        Assert.True(Verify().Intact); // consistent and validly signed
        var report = Verify(held);
        Assert.Contains(report.Problems, p => p.Contains("fork", StringComparison.Ordinal));
    }

    [Fact]
    public void Store_rows_changed_or_removed_behind_the_log_are_detected()
    {
        var held = Held();
        Detected("an event revision renumbered", "UPDATE events SET revision = revision + 10 WHERE rev_id = (SELECT min(rev_id) FROM events)",
            "UPDATE events SET revision = revision - 10 WHERE rev_id = (SELECT min(rev_id) FROM events)", held);
        Detected("a reference file's hash changed", "UPDATE reference_files SET sha256 = 'ff' || substr(sha256, 3) WHERE id = (SELECT min(id) FROM reference_files)",
            "UPDATE reference_files SET sha256 = '44' || substr(sha256, 3) WHERE id = (SELECT min(id) FROM reference_files)", held);
        Engine.Scalar("DELETE FROM events WHERE rev_id = (SELECT max(rev_id) FROM events)");
        Assert.Contains(Verify(held).Problems, p => p.Contains("import:2", StringComparison.Ordinal));
    }

    [Fact]
    public void Site_and_check_rows_changed_or_removed_behind_the_log_are_detected()
    {
        Sites.SiteAuditTests.WriteSites(Store);
        var held = Held();
        var sqlite = Engine is SqliteEngine;
        var later = sqlite ? "at + 1" : "at + interval '1 millisecond'";
        var earlier = sqlite ? "at - 1" : "at - interval '1 millisecond'";
        var first = "(SELECT min(rev_id) FROM sites)";
        Detected("a site moved", $"UPDATE sites SET radius = radius + 1 WHERE rev_id = {first}", $"UPDATE sites SET radius = radius - 1 WHERE rev_id = {first}", held);
        Detected("a site renamed", $"UPDATE sites SET name = 'x' || name WHERE rev_id = {first}", $"UPDATE sites SET name = substr(name, 2) WHERE rev_id = {first}", held);
        Detected("a withdrawal undone", "UPDATE sites SET withdrawn = NOT withdrawn WHERE revision = 2 AND site_id = 'S2'",
            "UPDATE sites SET withdrawn = NOT withdrawn WHERE revision = 2 AND site_id = 'S2'", held);
        Detected("a checked point moved", "UPDATE site_checks SET lon = lon + 0.5 WHERE layout = 0", "UPDATE site_checks SET lon = lon - 0.5 WHERE layout = 0", held);
        Detected("a check's time changed", $"UPDATE site_checks SET at = {later} WHERE id = 2", $"UPDATE site_checks SET at = {earlier} WHERE id = 2", held);
        Detected("a check's principal changed", "UPDATE site_checks SET principal = 'user:z' WHERE id = 3", "UPDATE site_checks SET principal = 'user:planner' WHERE id = 3", held);
        Detected("a budget raised", "UPDATE site_budgets SET per_day = per_day * 10", "UPDATE site_budgets SET per_day = per_day / 10", held);
        Detected("an alert's count changed", "UPDATE site_alerts SET checks = checks + 1", "UPDATE site_alerts SET checks = checks - 1", held);
        Detected("an attack report's toll changed", "UPDATE site_attacks SET casualties = 'none' || coalesce(casualties, '') WHERE id = 1",
            "UPDATE site_attacks SET casualties = substr(casualties, 5) WHERE id = 1", held);
        Detected("a party relinked", "UPDATE party_actors SET actor = 'Hezbollah'", "UPDATE party_actors SET actor = 'Government of Russia (Soviet Union)'", held);
        Assert.True(Verify(held).Intact, string.Join("\n", Verify(held).Problems));

        Engine.Scalar("DELETE FROM site_checks WHERE id = (SELECT max(id) FROM site_checks)");
        Assert.Contains(Verify(held).Problems, p => p.Contains("checks:", StringComparison.Ordinal));
        Engine.Scalar("DELETE FROM sites WHERE rev_id = (SELECT max(rev_id) FROM sites)");
        Assert.Contains(Verify(held).Problems, p => p.Contains("site:S1", StringComparison.Ordinal) || p.Contains("site:S2", StringComparison.Ordinal));
    }

    private void Restore(List<Audit.StoredEntry> entries, List<KeyValuePair<Domain.Audit.NodeId, byte[]>> nodes, IReadOnlyList<string> checkpoints)
    {
        foreach (var e in entries)
        {
            Engine.Scalar($"INSERT INTO audit_entries (seq, leaf, entry) VALUES ({e.Seq}, {Engine.Bytes(e.Leaf)}, {Engine.Bytes(e.Entry)})");
        }

        Engine.Scalar("DELETE FROM audit_nodes");
        foreach (var (id, hash) in nodes)
        {
            Engine.Scalar($"INSERT INTO audit_nodes (level, idx, hash) VALUES ({id.Level}, {id.Index}, {Engine.Bytes(hash)})");
        }

        Engine.Scalar("DELETE FROM audit_checkpoints");
        foreach (var note in checkpoints)
        {
            var signed = Domain.Audit.SignedCheckpoint.Parse(note);
            var madeAt = Engine is SqliteEngine ? "0" : "now()";
            Engine.Scalar($"INSERT INTO audit_checkpoints (size, root, note, made_at) VALUES ({signed.Checkpoint.Size}, {Engine.Bytes(signed.Checkpoint.Root)}, '{note}', {madeAt})");
        }
    }
}
