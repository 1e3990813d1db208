using Microsoft.Data.Sqlite;
using Truce.Domain.Sources;
using Truce.Storage.Audit;
using Truce.Storage.Evidence;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    private const string SourceColumns = "s.id, s.url, s.publisher, s.published, s.quote, s.sha256, s.confidential, s.author, s.recorded_at";

    public EvidenceReceipt RecordEvidence(EvidenceAddition addition)
    {
        var a = EvidenceChecks.Checked(addition);
        return InTransaction(() =>
        {
            var now = Now();
            bool duplicate;
            using (var known = Command("SELECT bytes FROM evidence_files WHERE sha256 = $sha"))
            {
                known.Parameters.AddWithValue("$sha", a.Sha256);
                var stored = known.ExecuteScalar() as long?;
                if (stored is { } bytes && bytes != a.Bytes)
                {
                    throw EvidenceChecks.SizeMismatch(a.Sha256, bytes, a.Bytes);
                }

                duplicate = stored is not null;
            }

            if (!duplicate)
            {
                using var file = Command("INSERT INTO evidence_files (sha256, bytes) VALUES ($sha, $bytes)");
                file.Parameters.AddWithValue("$sha", a.Sha256);
                file.Parameters.AddWithValue("$bytes", a.Bytes);
                file.ExecuteNonQuery();
            }

            using var add = Command("INSERT INTO evidence_additions (sha256, name, media_type, author, added_at) VALUES ($sha, $name, $type, $author, $now)");
            add.Parameters.AddWithValue("$sha", a.Sha256);
            add.Parameters.AddWithValue("$name", a.Name);
            add.Parameters.AddWithValue("$type", a.MediaType);
            add.Parameters.AddWithValue("$author", a.Author);
            add.Parameters.AddWithValue("$now", now);
            add.ExecuteNonQuery();
            AppendAuditAs(a.Author, now, AuditRecords.Evidence(a.Sha256, a.Name, a.MediaType, a.Bytes, duplicate));
            return new EvidenceReceipt(a with { AddedAt = DateTimeOffset.FromUnixTimeMilliseconds(now) }, duplicate);
        });
    }

    public IReadOnlyList<EvidenceAddition> EvidenceAdditions(string sha256)
    {
        using var cmd = Command("""
            SELECT a.sha256, f.bytes, a.name, a.media_type, a.author, a.added_at
            FROM evidence_additions a JOIN evidence_files f ON f.sha256 = a.sha256
            WHERE a.sha256 = $sha ORDER BY a.id
            """);
        cmd.Parameters.AddWithValue("$sha", sha256);
        using var r = cmd.ExecuteReader();
        var list = new List<EvidenceAddition>();
        while (r.Read())
        {
            list.Add(new EvidenceAddition(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5))));
        }

        return list;
    }

    public Source AddSource(SourceDraft draft, IReadOnlyList<SubjectKey> subjects, string author)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(subjects);
        var d = draft.Checked();
        var who = Authors.Check(author);
        return InTransaction(() =>
        {
            var now = Now();
            if (d.Sha256 is { } sha)
            {
                using var known = Command("SELECT count(*) FROM evidence_files WHERE sha256 = $sha");
                known.Parameters.AddWithValue("$sha", sha);
                if ((long)known.ExecuteScalar()! == 0)
                {
                    throw EvidenceChecks.UnknownFile(sha);
                }
            }

            long id;
            using (var insert = Command("""
                INSERT INTO sources (url, publisher, published, quote, sha256, confidential, author, recorded_at)
                VALUES ($url, $pub, $day, $quote, $sha, $conf, $author, $now) RETURNING id
                """))
            {
                insert.Parameters.AddWithValue("$url", (object?)d.Url ?? DBNull.Value);
                insert.Parameters.AddWithValue("$pub", (object?)d.Publisher ?? DBNull.Value);
                insert.Parameters.AddWithValue("$day", d.Published is { } day ? day.DayNumber : DBNull.Value);
                insert.Parameters.AddWithValue("$quote", (object?)d.Quote ?? DBNull.Value);
                insert.Parameters.AddWithValue("$sha", (object?)d.Sha256 ?? DBNull.Value);
                insert.Parameters.AddWithValue("$conf", d.Confidential ? 1 : 0);
                insert.Parameters.AddWithValue("$author", who);
                insert.Parameters.AddWithValue("$now", now);
                id = (long)insert.ExecuteScalar()!;
            }

            var source = new Source(id, d.Url, d.Publisher, d.Published, d.Quote, d.Sha256, d.Confidential, who, DateTimeOffset.FromUnixTimeMilliseconds(now));
            AppendAuditAs(who, now, AuditRecords.Source(source));
            foreach (var subject in subjects.Distinct())
            {
                InsertLink(subject, id, who, now);
            }

            return source;
        });
    }

    public Source? Source(long id)
    {
        using var cmd = Command($"SELECT {SourceColumns} FROM sources s WHERE s.id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadSource(r) : null;
    }

    public bool LinkSource(SubjectKey subject, long sourceId, string author)
    {
        var who = Authors.Check(author);
        return InTransaction(() =>
        {
            using (var known = Command("SELECT count(*) FROM sources WHERE id = $id"))
            {
                known.Parameters.AddWithValue("$id", sourceId);
                if ((long)known.ExecuteScalar()! == 0)
                {
                    throw EvidenceChecks.UnknownSource(sourceId);
                }
            }

            return InsertLink(subject, sourceId, who, Now());
        });
    }

    public IReadOnlyList<LinkedSource> SourcesOf(SubjectKey subject)
    {
        using var cmd = Command($"""
            SELECT {SourceColumns}, l.author, l.linked_at FROM source_links l JOIN sources s ON s.id = l.source_id
            WHERE l.subject = $subject ORDER BY l.linked_at, s.id
            """);
        cmd.Parameters.AddWithValue("$subject", subject.ToString());
        using var r = cmd.ExecuteReader();
        var list = new List<LinkedSource>();
        while (r.Read())
        {
            list.Add(new LinkedSource(ReadSource(r), r.GetString(9), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(10))));
        }

        return list;
    }

    public Grading AddGrading(SubjectKey subject, CredibilityGrade grade, string reason, string author)
    {
        var why = Grading.CheckReason(reason);
        var who = Authors.Check(author);
        _ = CredibilityGrades.Name(grade); // an undefined enum value is misuse
        return InTransaction(() =>
        {
            var now = Now();
            using var insert = Command("INSERT INTO gradings (subject, grade, reason, author, recorded_at) VALUES ($subject, $grade, $reason, $author, $now)");
            insert.Parameters.AddWithValue("$subject", subject.ToString());
            insert.Parameters.AddWithValue("$grade", (int)grade);
            insert.Parameters.AddWithValue("$reason", why);
            insert.Parameters.AddWithValue("$author", who);
            insert.Parameters.AddWithValue("$now", now);
            insert.ExecuteNonQuery();
            AppendAuditAs(who, now, AuditRecords.Grading(subject.ToString(), CredibilityGrades.Name(grade), why));
            return new Grading(subject, grade, why, who, DateTimeOffset.FromUnixTimeMilliseconds(now));
        });
    }

    public IReadOnlyList<Grading> Gradings(SubjectKey subject)
    {
        using var cmd = Command("SELECT grade, reason, author, recorded_at FROM gradings WHERE subject = $subject ORDER BY id");
        cmd.Parameters.AddWithValue("$subject", subject.ToString());
        using var r = cmd.ExecuteReader();
        var list = new List<Grading>();
        while (r.Read())
        {
            list.Add(new Grading(subject, (CredibilityGrade)r.GetInt32(0), r.GetString(1), r.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3))));
        }

        return list;
    }

    private bool InsertLink(SubjectKey subject, long sourceId, string author, long now)
    {
        using var link = Command("INSERT INTO source_links (subject, source_id, author, linked_at) VALUES ($subject, $id, $author, $now) ON CONFLICT DO NOTHING");
        link.Parameters.AddWithValue("$subject", subject.ToString());
        link.Parameters.AddWithValue("$id", sourceId);
        link.Parameters.AddWithValue("$author", author);
        link.Parameters.AddWithValue("$now", now);
        if (link.ExecuteNonQuery() == 0)
        {
            return false;
        }

        AppendAuditAs(author, now, AuditRecords.Link(subject.ToString(), sourceId));
        return true;
    }

    private static Source ReadSource(SqliteDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new Source(
            r.GetInt64(0), Text(1), Text(2), r.IsDBNull(3) ? null : DateOnly.FromDayNumber(r.GetInt32(3)), Text(4), Text(5),
            r.GetInt64(6) != 0, r.GetString(7), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(8)));
    }

    /// <summary>The evidence writes the tables show, for <see cref="AuditClaims"/>.</summary>
    private void EvidenceClaims(List<AuditClaim> claims)
    {
        using (var cmd = Command("SELECT sha256, name FROM evidence_additions ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.EvidenceClaim(r.GetString(0), r.GetString(1)));
            }
        }

        using (var cmd = Command($"SELECT {SourceColumns} FROM sources s ORDER BY s.id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.SourceClaim(ReadSource(r)));
            }
        }

        using (var cmd = Command("SELECT subject, source_id FROM source_links"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.LinkClaim(r.GetString(0), r.GetInt64(1)));
            }
        }

        using (var cmd = Command("SELECT subject, grade, reason FROM gradings ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.GradingClaim(r.GetString(0), CredibilityGrades.Name((CredibilityGrade)r.GetInt32(1)), r.GetString(2)));
            }
        }
    }
}
