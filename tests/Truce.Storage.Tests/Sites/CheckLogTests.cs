using System.Security.Cryptography;
using System.Text;
using NetTopologySuite.Geometries;
using Truce.Domain.Errors;
using Truce.Storage.Audit;
using Truce.Storage.Sites;
using Truce.Storage.Tests.Engines;

namespace Truce.Storage.Tests.Sites;

/// <summary>The check log: exact round trips, filters, the budget count, and the one audit entry a group with its commitment.</summary>
public abstract class CheckLogTests(StoreEngine engine) : StoreTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : CheckLogTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : CheckLogTests(new PostgresEngine());

    private static readonly DateTimeOffset T0 = SiteSamples.T0;

    [Fact]
    public void Points_polygons_a_batch_of_ten_thousand_points_and_conflicts_round_trip_exactly()
    {
        var written = new[]
        {
            SiteSamples.Single("user:a", T0),
            SiteSamples.Single("user:a", T0.AddMilliseconds(1), -179.99999999999997, -89.5, party: null) with { Outcome = CheckOutcome.RefusedBudget },
            SiteSamples.Batch(10_000, T0.AddSeconds(1)),
            SiteSamples.Mixed(T0.AddSeconds(2)),
            new CheckRecord("user:b", "russia", T0.AddSeconds(3), [SiteSamples.School().Geometry!], 12.25, T0, T0.AddDays(2), CheckOutcome.Answered,
                [new CheckConflict(0, "conflict: school (UN deconfliction cell)", ["S2"])]),
        };
        var seq = Store.RecordChecks(written, "server");
        Reopen();

        var read = Store.Checks();
        Assert.Equal(written.Length, read.Count);
        Assert.All(read, c => Assert.Equal(seq, c.AuditIndex));
        Assert.Equal(read.Select(c => c.Id).Order(), read.Select(c => c.Id));
        for (var i = 0; i < written.Length; i++)
        {
            Same(written[i], read[i].Record);
        }
    }

    [Fact]
    public void A_batch_given_as_packed_points_is_stored_and_committed_exactly_as_the_same_points_one_by_one()
    {
        var listed = SiteSamples.Batch(5_000, T0);
        var xy = listed.Targets.Cast<Point>().SelectMany(p => new[] { p.X, p.Y }).ToArray();
        var packed = listed with { At = T0.AddSeconds(1), Targets = new PackedPoints(xy) };
        var first = Store.RecordChecks([listed with { At = T0.AddSeconds(1) }], "server");
        var second = Store.RecordChecks([packed], "server");
        Reopen();

        var read = Store.Checks();
        Same(read[0].Record, read[1].Record);
        Same(listed with { At = T0.AddSeconds(1) }, read[1].Record);
        var entries = Store.AuditEntries(first, second + 1).Select(e => AuditEntry.Parse(e.Entry).Record.Sha256).ToList();
        Assert.Equal(entries[0], entries[^1]);
    }

    [Fact]
    public void A_packed_point_out_of_range_is_refused_naming_the_targets()
    {
        var bad = SiteSamples.Batch(5, T0) with { Targets = new PackedPoints([37.1, 36.2, 37.2, 96.5, 37.3, 36.4, 37.4, 36.5, 37.5, 36.6]) };
        var e = Assert.Throws<BadFieldException>(() => Store.RecordChecks([bad], "server"));
        Assert.Equal("targets", e.Field);
        Assert.Empty(Store.Checks());
    }

    [Fact]
    public void The_commitment_recomputed_from_the_rows_as_docs_audit_md_says_equals_the_audit_entrys()
    {
        Store.RecordChecks([SiteSamples.Single("user:a", T0)], "server");
        var written = new[] { SiteSamples.Single("user:b", T0.AddSeconds(1)), SiteSamples.Batch(1_000, T0.AddSeconds(2)), SiteSamples.Mixed(T0.AddSeconds(3)), SiteSamples.Single("user:a", T0.AddSeconds(4)) };
        var seq = Store.RecordChecks(written, "server");

        var entry = AuditEntry.Parse(Store.AuditEntries(seq, seq + 1).Single().Entry);
        var rows = Store.Checks().Where(c => c.AuditIndex == seq).ToList();
        Assert.Equal("site.checks", entry.Record.Action);
        Assert.Equal($"checks:{rows[0].Id}", entry.Record.Subject);
        Assert.Equal(OutsideCommitment(rows.Select(r => r.Record)), entry.Record.Sha256);
        Assert.Equal(OutsideCommitment(written), entry.Record.Sha256);
        var detail = entry.Record.Detail.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        Assert.Equal("4", detail["checks"]);
        Assert.Equal("1005", detail["targets"]);
        Assert.Equal("user:a user:b user:planner", detail["principals"]);
        Assert.Equal(2, Store.AuditSize()); // one entry a group
    }

    [Fact]
    public void Checks_filter_by_principal_party_and_time_and_CheckedTargets_counts_every_target_since_a_time()
    {
        Store.RecordChecks(
        [
            SiteSamples.Single("user:a", T0),
            SiteSamples.Single("user:a", T0.AddHours(1)) with { Outcome = CheckOutcome.RefusedBudget },
            SiteSamples.Batch(50, T0.AddHours(2), principal: "user:a"),
            SiteSamples.Single("user:b", T0.AddHours(3), party: "syrian-opposition"),
        ], "server");
        Store.RecordChecks([SiteSamples.Single("user:a", T0.AddHours(4))], "server");

        Assert.Equal(53, Store.CheckedTargets("user:a", T0));
        Assert.Equal(52, Store.CheckedTargets("user:a", T0.AddHours(1)));
        Assert.Equal(1, Store.CheckedTargets("user:a", T0.AddHours(2).AddMilliseconds(1)));
        Assert.Equal(0, Store.CheckedTargets("user:c", T0));
        Assert.Equal(4, Store.Checks(principal: "user:a").Count);
        Assert.Equal([T0.AddHours(1), T0.AddHours(2)], Store.Checks(principal: "user:a", since: T0.AddHours(1), until: T0.AddHours(2)).Select(c => c.Record.At));
        Assert.Equal(["user:b"], Store.Checks(party: "syrian-opposition").Select(c => c.Record.Principal));
        Assert.Equal([T0, T0.AddHours(1)], Store.Checks(limit: 2).Select(c => c.Record.At));
        Assert.Empty(Store.Checks(principal: "user:a", party: "syrian-opposition"));
    }

    [Fact]
    public void A_bad_check_in_a_group_stores_nothing_and_names_the_field()
    {
        var bad = new[]
        {
            (SiteSamples.Single("user:a", T0) with { RadiusMetres = double.NaN }, "radius"),
            (SiteSamples.Single("user:a", T0) with { Targets = [] }, "targets"),
            (SiteSamples.Single("user:a", T0, lon: 190), "targets"),
            (SiteSamples.Single("user:a", T0) with { To = T0 }, "to"),
            (SiteSamples.Single("user:a", T0) with { Party = "Russia" }, "party"),
            (SiteSamples.Single("", T0), "principal"),
            (SiteSamples.Single("user:a", T0) with { Conflicts = [new CheckConflict(1, "conflict", ["S1"])] }, "conflicts"),
        };
        foreach (var (check, field) in bad)
        {
            var e = Assert.Throws<BadFieldException>(() => Store.RecordChecks([SiteSamples.Single("user:a", T0), check], "server"));
            Assert.Equal(field, e.Field);
        }

        Assert.Throws<ArgumentException>(() => Store.RecordChecks([], "server"));
        Assert.Empty(Store.Checks());
        Assert.Equal(0, Store.AuditSize());
    }

    [Fact]
    public void Groups_written_in_one_group_commit_each_get_their_own_entry_and_ids_continue()
    {
        long first = 0, second = 0;
        Store.Batch(() =>
        {
            first = Store.RecordChecks([SiteSamples.Single("user:a", T0), SiteSamples.Single("user:a", T0)], "server");
            second = Store.RecordChecks([SiteSamples.Single("user:b", T0)], "server");
        }, isolated: false);

        Assert.Equal([first, first, second], Store.Checks().Select(c => c.AuditIndex));
        Assert.Equal([1L, 2, 3], Store.Checks().Select(c => c.Id));
        Assert.Equal(["checks:1", "checks:3"], Store.AuditEntries(0, 2).Select(e => AuditEntry.Parse(e.Entry).Record.Subject));
    }

    internal static void Same(CheckRecord expected, CheckRecord actual)
    {
        Assert.Equal(expected.Principal, actual.Principal);
        Assert.Equal(expected.Party, actual.Party);
        Assert.Equal(expected.At, actual.At);
        Assert.Equal(expected.RadiusMetres, actual.RadiusMetres);
        Assert.Equal((expected.From, expected.To), (actual.From, actual.To));
        Assert.Equal(expected.Outcome, actual.Outcome);
        Assert.Equal(expected.Targets.Count, actual.Targets.Count);
        for (var i = 0; i < expected.Targets.Count; i++)
        {
            SiteStoreTests.SameGeometry(expected.Targets[i], actual.Targets[i]);
        }

        Assert.Equal(expected.Conflicts.Select(c => (c.Index, c.Told, string.Join("|", c.SiteIds))), actual.Conflicts.Select(c => (c.Index, c.Told, string.Join("|", c.SiteIds))));
    }

    /// <summary>The commitment as docs/audit.md defines it, written from the page (not from the store's code).</summary>
    internal static string OutsideCommitment(IEnumerable<CheckRecord> checks)
    {
        using var bytes = new MemoryStream();
        using var w = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true); // BinaryWriter is little-endian
        void Str(string? s)
        {
            if (s is null)
            {
                w.Write(uint.MaxValue);
                return;
            }

            var b = Encoding.UTF8.GetBytes(s);
            w.Write((uint)b.Length);
            w.Write(b);
        }

        void Xy(Coordinate c)
        {
            w.Write(c.X);
            w.Write(c.Y);
        }

        foreach (var c in checks)
        {
            Str(c.Principal);
            Str(c.Party);
            w.Write(c.At.ToUnixTimeMilliseconds());
            w.Write(c.RadiusMetres);
            w.Write(c.From.ToUnixTimeMilliseconds());
            w.Write(c.To.ToUnixTimeMilliseconds());
            w.Write((byte)c.Outcome);
            w.Write((uint)c.Targets.Count);
            foreach (var t in c.Targets)
            {
                w.Write((byte)1);
                if (t is Point p)
                {
                    w.Write(1u);
                    Xy(p.Coordinate);
                    continue;
                }

                var polygon = (Polygon)t;
                w.Write(3u);
                w.Write((uint)(1 + polygon.NumInteriorRings));
                foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
                {
                    w.Write((uint)ring.NumPoints);
                    foreach (var xy in ring.Coordinates)
                    {
                        Xy(xy);
                    }
                }
            }

            w.Write((uint)c.Conflicts.Count);
            foreach (var k in c.Conflicts)
            {
                w.Write((uint)k.Index);
                Str(k.Told);
                w.Write((uint)k.SiteIds.Count);
                foreach (var id in k.SiteIds)
                {
                    Str(id);
                }
            }
        }

        w.Flush();
        return Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));
    }
}
