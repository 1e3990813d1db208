using Npgsql;
using Truce.Domain.Sources;
using Truce.Storage.Audit;
using Truce.Storage.Evidence;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string SourceColumns = "s.id, s.url, s.publisher, s.published, s.quote, s.sha256, s.confidential, s.author, s.recorded_at";

    public EvidenceReceipt RecordEvidence(EvidenceAddition addition)
    {
        var a = EvidenceChecks.Checked(addition);
        return InTransaction((connection, tx) =>
        {
            var now = Now();
            bool duplicate;
            using (var known = Command(connection, "SELECT bytes FROM evidence_files WHERE sha256 = $1", tx))
            {
                known.Parameters.Add(new() { Value = a.Sha256 });
                var stored = known.ExecuteScalar() as long?;
                if (stored is { } bytes && bytes != a.Bytes)
                {
                    throw EvidenceChecks.SizeMismatch(a.Sha256, bytes, a.Bytes);
                }

                duplicate = stored is not null;
            }

            if (!duplicate)
            {
                using var file = Command(connection, "INSERT INTO evidence_files (sha256, bytes) VALUES ($1, $2)", tx);
                file.Parameters.Add(new() { Value = a.Sha256 });
                file.Parameters.Add(new() { Value = a.Bytes });
                file.ExecuteNonQuery();
            }

            using var add = Command(connection, "INSERT INTO evidence_additions (sha256, name, media_type, author, added_at) VALUES ($1, $2, $3, $4, $5)", tx);
            add.Parameters.Add(new() { Value = a.Sha256 });
            add.Parameters.Add(new() { Value = a.Name });
            add.Parameters.Add(new() { Value = a.MediaType });
            add.Parameters.Add(new() { Value = a.Author });
            add.Parameters.Add(new() { Value = now });
            add.ExecuteNonQuery();
            AppendAuditAs(connection, tx, a.Author, now, AuditRecords.Evidence(a.Sha256, a.Name, a.MediaType, a.Bytes, duplicate));
            return new EvidenceReceipt(a with { AddedAt = now }, duplicate);
        });
    }

    public IReadOnlyList<EvidenceAddition> EvidenceAdditions(string sha256)
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, """
            SELECT a.sha256, f.bytes, a.name, a.media_type, a.author, a.added_at
            FROM evidence_additions a JOIN evidence_files f ON f.sha256 = a.sha256
            WHERE a.sha256 = $1 ORDER BY a.id
            """);
        cmd.Parameters.Add(new() { Value = sha256 });
        using var r = cmd.ExecuteReader();
        var list = new List<EvidenceAddition>();
        while (r.Read())
        {
            list.Add(new EvidenceAddition(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5)));
        }

        return list;
    }

    public Source AddSource(SourceDraft draft, IReadOnlyList<SubjectKey> subjects, string author)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(subjects);
        var d = draft.Checked();
        var who = Authors.Check(author);
        return InTransaction((connection, tx) =>
        {
            var now = Now();
            if (d.Sha256 is { } sha)
            {
                using var known = Command(connection, "SELECT count(*) FROM evidence_files WHERE sha256 = $1", tx);
                known.Parameters.Add(new() { Value = sha });
                if ((long)known.ExecuteScalar()! == 0)
                {
                    throw EvidenceChecks.UnknownFile(sha);
                }
            }

            long id;
            using (var insert = Command(connection, """
                INSERT INTO sources (url, publisher, published, quote, sha256, confidential, author, recorded_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
                """, tx))
            {
                insert.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = d.Url, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = d.Publisher, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
                insert.Parameters.Add(new() { Value = d.Published is { } day ? day : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
                insert.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = d.Quote, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = d.Sha256, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
                insert.Parameters.Add(new() { Value = d.Confidential });
                insert.Parameters.Add(new() { Value = who });
                insert.Parameters.Add(new() { Value = now });
                id = (long)insert.ExecuteScalar()!;
            }

            var source = new Source(id, d.Url, d.Publisher, d.Published, d.Quote, d.Sha256, d.Confidential, who, now);
            AppendAuditAs(connection, tx, who, now, AuditRecords.Source(source));
            foreach (var subject in subjects.Distinct())
            {
                InsertLink(connection, tx, subject, id, who, now);
            }

            return source;
        });
    }

    public Source? Source(long id)
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, $"SELECT {SourceColumns} FROM sources s WHERE s.id = $1");
        cmd.Parameters.Add(new() { Value = id });
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadSource(r) : null;
    }

    public bool LinkSource(SubjectKey subject, long sourceId, string author)
    {
        var who = Authors.Check(author);
        return InTransaction((connection, tx) =>
        {
            using (var known = Command(connection, "SELECT count(*) FROM sources WHERE id = $1", tx))
            {
                known.Parameters.Add(new() { Value = sourceId });
                if ((long)known.ExecuteScalar()! == 0)
                {
                    throw EvidenceChecks.UnknownSource(sourceId);
                }
            }

            return InsertLink(connection, tx, subject, sourceId, who, Now());
        });
    }

    public IReadOnlyList<LinkedSource> SourcesOf(SubjectKey subject)
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, $"""
            SELECT {SourceColumns}, l.author, l.linked_at FROM source_links l JOIN sources s ON s.id = l.source_id
            WHERE l.subject = $1 ORDER BY l.linked_at, s.id
            """);
        cmd.Parameters.Add(new() { Value = subject.ToString() });
        using var r = cmd.ExecuteReader();
        var list = new List<LinkedSource>();
        while (r.Read())
        {
            list.Add(new LinkedSource(ReadSource(r), r.GetString(9), r.GetFieldValue<DateTimeOffset>(10)));
        }

        return list;
    }

    public Grading AddGrading(SubjectKey subject, CredibilityGrade grade, string reason, string author)
    {
        var why = Grading.CheckReason(reason);
        var who = Authors.Check(author);
        _ = CredibilityGrades.Name(grade); // an undefined enum value is misuse
        return InTransaction((connection, tx) =>
        {
            var now = Now();
            using var insert = Command(connection, "INSERT INTO gradings (subject, grade, reason, author, recorded_at) VALUES ($1, $2, $3, $4, $5)", tx);
            insert.Parameters.Add(new() { Value = subject.ToString() });
            insert.Parameters.Add(new() { Value = (short)grade });
            insert.Parameters.Add(new() { Value = why });
            insert.Parameters.Add(new() { Value = who });
            insert.Parameters.Add(new() { Value = now });
            insert.ExecuteNonQuery();
            AppendAuditAs(connection, tx, who, now, AuditRecords.Grading(subject.ToString(), CredibilityGrades.Name(grade), why));
            return new Grading(subject, grade, why, who, now);
        });
    }

    public IReadOnlyList<Grading> Gradings(SubjectKey subject)
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT grade, reason, author, recorded_at FROM gradings WHERE subject = $1 ORDER BY id");
        cmd.Parameters.Add(new() { Value = subject.ToString() });
        using var r = cmd.ExecuteReader();
        var list = new List<Grading>();
        while (r.Read())
        {
            list.Add(new Grading(subject, (CredibilityGrade)r.GetInt16(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3)));
        }

        return list;
    }

    private bool InsertLink(NpgsqlConnection connection, NpgsqlTransaction tx, SubjectKey subject, long sourceId, string author, DateTimeOffset now)
    {
        using var link = Command(connection, "INSERT INTO source_links (subject, source_id, author, linked_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING", tx);
        link.Parameters.Add(new() { Value = subject.ToString() });
        link.Parameters.Add(new() { Value = sourceId });
        link.Parameters.Add(new() { Value = author });
        link.Parameters.Add(new() { Value = now });
        if (link.ExecuteNonQuery() == 0)
        {
            return false;
        }

        AppendAuditAs(connection, tx, author, now, AuditRecords.Link(subject.ToString(), sourceId));
        return true;
    }

    private static Source ReadSource(NpgsqlDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new Source(
            r.GetInt64(0), Text(1), Text(2), r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3), Text(4), Text(5),
            r.GetBoolean(6), r.GetString(7), r.GetFieldValue<DateTimeOffset>(8));
    }

    /// <summary>The evidence writes the tables show, for <see cref="AuditClaims"/>.</summary>
    private static void EvidenceClaims(NpgsqlConnection connection, List<AuditClaim> claims)
    {
        using (var cmd = Command(connection, "SELECT sha256, name FROM evidence_additions ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.EvidenceClaim(r.GetString(0), r.GetString(1)));
            }
        }

        using (var cmd = Command(connection, $"SELECT {SourceColumns} FROM sources s ORDER BY s.id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.SourceClaim(ReadSource(r)));
            }
        }

        using (var cmd = Command(connection, "SELECT subject, source_id FROM source_links"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.LinkClaim(r.GetString(0), r.GetInt64(1)));
            }
        }

        using (var cmd = Command(connection, "SELECT subject, grade, reason FROM gradings ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.GradingClaim(r.GetString(0), CredibilityGrades.Name((CredibilityGrade)r.GetInt16(1)), r.GetString(2)));
            }
        }
    }
}
