using Npgsql;

namespace Truce.Storage.Postgres.Schema;

/// <summary>
/// Versioned schema migrations of the PostgreSQL store, applied in order in one transaction,
/// under an advisory lock so that processes opening one database at once migrate it
/// once. The applied version is kept in <c>truce_schema</c>. A released migration is never edited.
/// </summary>
/// <remarks>
/// The schema follows the SQLite store's, with PostgreSQL's types: dates as <c>date</c>, times as
/// <c>timestamptz</c>, 128-bit content hashes as <c>uuid</c>, points and boundaries as PostGIS
/// geometries in SRID 4326 with GiST indexes. Text that is sorted or compared is in the "C"
/// collation, so orders are byte orders on every server, as in SQLite. Label and fact-list ids are
/// 64-bit hashes of their text (so that importers need no round trip to learn them); an id
/// reused by different text fails the write.
/// </remarks>
internal static partial class Migrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: the event record, archived source files, labels, boundaries; adjudication inputs and verdicts.
        """
        CREATE EXTENSION IF NOT EXISTS postgis;
        CREATE TABLE imports (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            file text NOT NULL,
            format text NOT NULL,
            sha256 text,
            bytes bigint,
            header_length integer NOT NULL DEFAULT 0,
            chunk_size integer NOT NULL DEFAULT 0,
            recorded_at timestamptz NOT NULL,
            rows_read bigint NOT NULL DEFAULT 0,
            added bigint NOT NULL DEFAULT 0,
            revised bigint NOT NULL DEFAULT 0,
            unchanged bigint NOT NULL DEFAULT 0,
            rejected bigint NOT NULL DEFAULT 0
        );
        CREATE TABLE source_chunks (
            import_id bigint NOT NULL REFERENCES imports(id),
            chunk integer NOT NULL,
            raw_length integer NOT NULL,
            data bytea NOT NULL,
            PRIMARY KEY (import_id, chunk)
        );
        ALTER TABLE source_chunks ALTER COLUMN data SET STORAGE EXTERNAL; -- Brotli already: no second compression
        CREATE TABLE labels (
            id bigint PRIMARY KEY,
            text text COLLATE "C" NOT NULL UNIQUE
        );
        CREATE TABLE events (
            rev_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            dataset smallint NOT NULL,
            source_id text COLLATE "C" NOT NULL,
            revision integer NOT NULL,
            recorded_at timestamptz NOT NULL,
            superseded_at timestamptz,
            import_id bigint NOT NULL,
            line bigint NOT NULL,
            src_offset bigint NOT NULL,
            src_length integer NOT NULL,
            content_hash uuid NOT NULL,
            date_start date NOT NULL,
            date_end date NOT NULL,
            date_prec smallint NOT NULL,
            geo_prec smallint NOT NULL,
            geom geometry(Point, 4326),
            best integer NOT NULL,
            low integer NOT NULL,
            high integer NOT NULL,
            adm1 text COLLATE "C",
            adm2 text COLLATE "C",
            adm3 text COLLATE "C",
            violence_type smallint,
            event_type_id bigint,
            sub_event_type_id bigint,
            actor1_id bigint,
            actor2_id bigint,
            assoc1_id bigint,
            assoc2_id bigint,
            dyad_id bigint,
            source_admin1_id bigint
        );
        CREATE UNIQUE INDEX ux_events_revision ON events (dataset, source_id, revision);
        CREATE INDEX ix_events_date ON events (date_start);
        CREATE INDEX ix_events_geom ON events USING gist (geom);
        CREATE TABLE boundaries (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            pcode text COLLATE "C" NOT NULL,
            level smallint NOT NULL,
            name text NOT NULL,
            adm1 text COLLATE "C",
            adm2 text COLLATE "C",
            geom geometry(Geometry, 4326) NOT NULL,
            content_hash uuid NOT NULL,
            recorded_at timestamptz NOT NULL,
            superseded_at timestamptz,
            import_id bigint NOT NULL REFERENCES imports(id)
        );
        CREATE INDEX ix_boundaries_current ON boundaries (pcode) WHERE superseded_at IS NULL;
        CREATE INDEX ix_boundaries_geom ON boundaries USING gist (geom);
        CREATE TABLE reference_files (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind text COLLATE "C" NOT NULL,
            name text COLLATE "C" NOT NULL,
            sha256 text NOT NULL,
            content bytea NOT NULL,
            recorded_at timestamptz NOT NULL,
            superseded_at timestamptz
        );
        CREATE UNIQUE INDEX ix_reference_current ON reference_files (kind, name) WHERE superseded_at IS NULL;
        CREATE TABLE adjudications (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            recorded_at timestamptz NOT NULL,
            inputs_sha256 text NOT NULL,
            events bigint NOT NULL,
            verdicts bigint NOT NULL
        );
        CREATE TABLE adjudication_slots (
            adjudication_id bigint NOT NULL REFERENCES adjudications(id),
            slot smallint NOT NULL,
            agreement text COLLATE "C" NOT NULL,
            stakeholder text COLLATE "C" NOT NULL,
            PRIMARY KEY (adjudication_id, slot)
        );
        CREATE TABLE verdict_facts (
            id bigint PRIMARY KEY,
            facts text NOT NULL
        );
        CREATE TABLE verdicts (
            adjudication_id bigint NOT NULL,
            event_key text COLLATE "C" NOT NULL,
            slot smallint NOT NULL,
            day date NOT NULL,
            outcome smallint NOT NULL,
            reason smallint NOT NULL,
            disputed boolean NOT NULL,
            facts_id bigint NOT NULL,
            PRIMARY KEY (adjudication_id, event_key, slot)
        );
        """,

        // 2: the audit log — entries with their RFC 6962 leaf hashes, the perfect subtrees completed so far,
        // signed checkpoints of the tree head, the keys that signed them, and the log's name.
        """
        CREATE TABLE audit_meta (
            origin text NOT NULL
        );
        INSERT INTO audit_meta (origin) VALUES ('truce/' || substr(md5(random()::text || clock_timestamp()::text), 1, 16));
        CREATE TABLE audit_entries (
            seq bigint PRIMARY KEY,
            leaf bytea NOT NULL,
            entry bytea NOT NULL
        );
        CREATE TABLE audit_nodes (
            level integer NOT NULL,
            idx bigint NOT NULL,
            hash bytea NOT NULL,
            PRIMARY KEY (level, idx)
        );
        CREATE TABLE audit_checkpoints (
            size bigint PRIMARY KEY,
            root bytea NOT NULL,
            note text NOT NULL,
            made_at timestamptz NOT NULL
        );
        CREATE TABLE audit_keys (
            name text NOT NULL,
            public_key bytea NOT NULL,
            added_at timestamptz NOT NULL,
            PRIMARY KEY (name, public_key)
        );
        """,

        // 3: sources, evidence files (bytes in the blob store; here every addition with who and when) and credibility gradings.
        """
        CREATE TABLE evidence_files (
            sha256 text COLLATE "C" PRIMARY KEY,
            bytes bigint NOT NULL
        );
        CREATE TABLE evidence_additions (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            sha256 text COLLATE "C" NOT NULL REFERENCES evidence_files(sha256),
            name text NOT NULL,
            media_type text NOT NULL,
            author text NOT NULL,
            added_at timestamptz NOT NULL
        );
        CREATE INDEX ix_evidence_additions_file ON evidence_additions (sha256, id);
        CREATE TABLE sources (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            url text,
            publisher text,
            published date,
            quote text,
            sha256 text COLLATE "C" REFERENCES evidence_files(sha256),
            confidential boolean NOT NULL,
            author text NOT NULL,
            recorded_at timestamptz NOT NULL
        );
        CREATE TABLE source_links (
            subject text COLLATE "C" NOT NULL,
            source_id bigint NOT NULL REFERENCES sources(id),
            author text NOT NULL,
            linked_at timestamptz NOT NULL,
            PRIMARY KEY (subject, source_id)
        );
        CREATE TABLE gradings (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            subject text COLLATE "C" NOT NULL,
            grade smallint NOT NULL,
            reason text NOT NULL,
            author text NOT NULL,
            recorded_at timestamptz NOT NULL
        );
        CREATE INDEX ix_gradings_subject ON gradings (subject, id);
        """,

        // 4: users (PBKDF2 password hashes), their tokens (SHA-256 of the token, never the token) and sign-in attempts.
        """
        CREATE TABLE users (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text COLLATE "C" NOT NULL UNIQUE,
            role text NOT NULL,
            party text COLLATE "C",
            password_hash bytea NOT NULL,
            password_salt bytea NOT NULL,
            password_iterations integer NOT NULL,
            created_at timestamptz NOT NULL,
            disabled_at timestamptz
        );
        CREATE TABLE tokens (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_id bigint NOT NULL REFERENCES users(id),
            sha256 bytea NOT NULL UNIQUE,
            kind text NOT NULL,
            scopes text NOT NULL,
            created_at timestamptz NOT NULL,
            expires_at timestamptz NOT NULL,
            revoked_at timestamptz
        );
        CREATE INDEX ix_tokens_user ON tokens(user_id);
        CREATE TABLE logins (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_name text COLLATE "C" NOT NULL,
            user_id bigint REFERENCES users(id),
            succeeded boolean NOT NULL,
            token_id bigint REFERENCES tokens(id),
            at timestamptz NOT NULL
        );
        CREATE INDEX ix_logins_user ON logins(user_name);
        """,

        // 5: protected sites, the check log, probing alerts, budgets, attack reports, party–actor links (Migrations.Sites.cs).
        SitesScript,
    ];

    /// <summary>The version that created the audit log.</summary>
    public const int AuditLog = 2;

    /// <summary>The advisory lock key that serialises migrations (and, per store, imports).</summary>
    public const long MigrationLock = 0x7472_7563_6501; // "truce" 1

    /// <summary>
    /// Brings the database to the latest version; returns the version it was at. A database already
    /// at the latest version is only read (so a read-only replica opens too).
    /// </summary>
    public static int Apply(NpgsqlConnection connection)
    {
        if (Version(connection, null) is { } found && found >= All.Count)
        {
            return Checked(found);
        }

        using (var setup = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS truce_schema (version integer NOT NULL)", connection))
        {
            // Two processes may race here: the loser's error is harmless (the winner created it).
            try
            {
                setup.ExecuteNonQuery();
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
            {
            }
        }

        using var tx = connection.BeginTransaction();
        Run(connection, tx, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        var current = Checked(Version(connection, tx) ?? 0);
        for (var v = current; v < All.Count; v++)
        {
            Run(connection, tx, All[v]);
            Run(connection, tx, $"DELETE FROM truce_schema; INSERT INTO truce_schema VALUES ({v + 1})");
        }

        tx.Commit();
        return current;
    }

    /// <summary>The applied version, or null when the database has no Truce schema yet.</summary>
    private static int? Version(NpgsqlConnection connection, NpgsqlTransaction? tx)
    {
        // In the schema tables are created in (the first of the search path), not wherever the search path finds one.
        using var cmd = new NpgsqlCommand("SELECT CASE WHEN to_regclass(quote_ident(current_schema()) || '.truce_schema') IS NULL THEN -1 ELSE 0 END", connection, tx);
        if ((int)cmd.ExecuteScalar()! < 0)
        {
            return null;
        }

        using var version = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM truce_schema", connection, tx);
        return (int)version.ExecuteScalar()!;
    }

    private static int Checked(int version) => version <= All.Count
        ? version
        : throw new InvalidOperationException(
            $"The database is at schema version {version}, newer than this Truce knows ({All.Count}); use a newer Truce.");

    private static void Run(NpgsqlConnection connection, NpgsqlTransaction tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, connection, tx);
        cmd.ExecuteNonQuery();
    }

}
