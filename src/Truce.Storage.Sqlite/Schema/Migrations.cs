using Microsoft.Data.Sqlite;

namespace Truce.Storage.Sqlite.Schema;

/// <summary>
/// Versioned schema migrations, applied in order inside one transaction each; the applied version
/// is SQLite's <c>user_version</c>. A migration, once released, is never edited: changes are new
/// migrations appended to <see cref="All"/>.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: the event record, the archived source files, labels, imports and boundaries.
        """
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            format TEXT NOT NULL,
            sha256 TEXT,
            bytes INTEGER,
            header_length INTEGER NOT NULL DEFAULT 0,
            chunk_size INTEGER NOT NULL DEFAULT 0,
            recorded_at INTEGER NOT NULL,
            rows_read INTEGER NOT NULL DEFAULT 0,
            added INTEGER NOT NULL DEFAULT 0,
            revised INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE source_chunks (
            import_id INTEGER NOT NULL REFERENCES imports(id),
            chunk INTEGER NOT NULL,
            raw_length INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (import_id, chunk)
        );
        CREATE TABLE labels (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL UNIQUE
        );
        CREATE TABLE events (
            rev_id INTEGER PRIMARY KEY,
            dataset INTEGER NOT NULL,
            source_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            superseded_at INTEGER,
            import_id INTEGER NOT NULL REFERENCES imports(id),
            line INTEGER NOT NULL,
            src_offset INTEGER NOT NULL,
            src_length INTEGER NOT NULL,
            content_hash BLOB NOT NULL,
            date_start INTEGER NOT NULL,
            date_end INTEGER NOT NULL,
            date_prec INTEGER NOT NULL,
            geo_prec INTEGER NOT NULL,
            lat REAL,
            lon REAL,
            best INTEGER NOT NULL,
            low INTEGER NOT NULL,
            high INTEGER NOT NULL,
            adm1 TEXT,
            adm2 TEXT,
            adm3 TEXT,
            violence_type INTEGER,
            event_type_id INTEGER REFERENCES labels(id),
            sub_event_type_id INTEGER REFERENCES labels(id),
            actor1_id INTEGER REFERENCES labels(id),
            actor2_id INTEGER REFERENCES labels(id),
            assoc1_id INTEGER REFERENCES labels(id),
            assoc2_id INTEGER REFERENCES labels(id),
            dyad_id INTEGER REFERENCES labels(id),
            source_admin1_id INTEGER REFERENCES labels(id)
        );
        CREATE UNIQUE INDEX ux_events_revision ON events(dataset, source_id, revision);
        CREATE INDEX ix_events_date ON events(date_start);
        CREATE TABLE boundaries (
            id INTEGER PRIMARY KEY,
            pcode TEXT NOT NULL,
            level INTEGER NOT NULL,
            name TEXT NOT NULL,
            adm1 TEXT,
            adm2 TEXT,
            wkb BLOB NOT NULL,
            content_hash BLOB NOT NULL,
            recorded_at INTEGER NOT NULL,
            superseded_at INTEGER,
            import_id INTEGER NOT NULL REFERENCES imports(id)
        );
        CREATE INDEX ix_boundaries_current ON boundaries(pcode) WHERE superseded_at IS NULL;
        """,

        // 2: adjudication inputs (reference files, kept whole and revised by kind and name) and verdicts per run
        // (agreement and stakeholder as a slot of the run; identical fact lists stored once).
        """
        CREATE TABLE reference_files (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            content BLOB NOT NULL,
            recorded_at INTEGER NOT NULL,
            superseded_at INTEGER
        );
        CREATE UNIQUE INDEX ix_reference_current ON reference_files(kind, name) WHERE superseded_at IS NULL;
        CREATE TABLE adjudications (
            id INTEGER PRIMARY KEY,
            recorded_at INTEGER NOT NULL,
            inputs_sha256 TEXT NOT NULL,
            events INTEGER NOT NULL,
            verdicts INTEGER NOT NULL
        );
        CREATE TABLE adjudication_slots (
            adjudication_id INTEGER NOT NULL REFERENCES adjudications(id),
            slot INTEGER NOT NULL,
            agreement TEXT NOT NULL,
            stakeholder TEXT NOT NULL,
            PRIMARY KEY (adjudication_id, slot)
        ) WITHOUT ROWID;
        CREATE TABLE verdict_facts (
            id INTEGER PRIMARY KEY,
            facts TEXT NOT NULL UNIQUE
        );
        CREATE TABLE verdicts (
            adjudication_id INTEGER NOT NULL REFERENCES adjudications(id),
            event_key TEXT NOT NULL,
            slot INTEGER NOT NULL,
            day INTEGER NOT NULL,
            outcome INTEGER NOT NULL,
            reason INTEGER NOT NULL,
            disputed INTEGER NOT NULL,
            facts_id INTEGER NOT NULL REFERENCES verdict_facts(id),
            PRIMARY KEY (adjudication_id, event_key, slot)
        ) WITHOUT ROWID;
        """,

        // 3: the audit log — entries with their RFC 6962 leaf hashes, the perfect subtrees completed so far,
        // signed checkpoints of the tree head, the keys that signed them, and the log's name.
        """
        CREATE TABLE audit_meta (
            origin TEXT NOT NULL
        );
        INSERT INTO audit_meta (origin) VALUES ('truce/' || lower(hex(randomblob(8))));
        CREATE TABLE audit_entries (
            seq INTEGER PRIMARY KEY,
            leaf BLOB NOT NULL,
            entry BLOB NOT NULL
        );
        CREATE TABLE audit_nodes (
            level INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            hash BLOB NOT NULL,
            PRIMARY KEY (level, idx)
        ) WITHOUT ROWID;
        CREATE TABLE audit_checkpoints (
            size INTEGER PRIMARY KEY,
            root BLOB NOT NULL,
            note TEXT NOT NULL,
            made_at INTEGER NOT NULL
        );
        CREATE TABLE audit_keys (
            name TEXT NOT NULL,
            public_key BLOB NOT NULL,
            added_at INTEGER NOT NULL,
            PRIMARY KEY (name, public_key)
        );
        """,

        // 4: sources, evidence files (bytes in the blob store; here every addition with who and when) and credibility gradings.
        """
        CREATE TABLE evidence_files (
            sha256 TEXT PRIMARY KEY,
            bytes INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE evidence_additions (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL REFERENCES evidence_files(sha256),
            name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            author TEXT NOT NULL,
            added_at INTEGER NOT NULL
        );
        CREATE INDEX ix_evidence_additions_file ON evidence_additions(sha256, id);
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            url TEXT,
            publisher TEXT,
            published INTEGER,
            quote TEXT,
            sha256 TEXT REFERENCES evidence_files(sha256),
            confidential INTEGER NOT NULL,
            author TEXT NOT NULL,
            recorded_at INTEGER NOT NULL
        );
        CREATE TABLE source_links (
            subject TEXT NOT NULL,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            author TEXT NOT NULL,
            linked_at INTEGER NOT NULL,
            PRIMARY KEY (subject, source_id)
        ) WITHOUT ROWID;
        CREATE TABLE gradings (
            id INTEGER PRIMARY KEY,
            subject TEXT NOT NULL,
            grade INTEGER NOT NULL,
            reason TEXT NOT NULL,
            author TEXT NOT NULL,
            recorded_at INTEGER NOT NULL
        );
        CREATE INDEX ix_gradings_subject ON gradings(subject, id);
        """,

        // 5: users (PBKDF2 password hashes), their tokens (SHA-256 of the token, never the token) and sign-in attempts.
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL,
            party TEXT,
            password_hash BLOB NOT NULL,
            password_salt BLOB NOT NULL,
            password_iterations INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            disabled_at INTEGER
        );
        CREATE TABLE tokens (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id),
            sha256 BLOB NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            scopes TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            revoked_at INTEGER
        );
        CREATE INDEX ix_tokens_user ON tokens(user_id);
        CREATE TABLE logins (
            id INTEGER PRIMARY KEY,
            user_name TEXT NOT NULL,
            user_id INTEGER REFERENCES users(id),
            succeeded INTEGER NOT NULL,
            token_id INTEGER REFERENCES tokens(id),
            at INTEGER NOT NULL
        );
        CREATE INDEX ix_logins_user ON logins(user_name);
        """,

        // 6: protected sites (every revision whole; geometry as WKB), the check log (one point in lon/lat, a batch's
        // targets packed in one blob; audit_seq names the site.checks entry committing to it), probing alerts,
        // check budgets, attack reports on sites, and party–actor links.
        """
        CREATE TABLE sites (
            rev_id INTEGER PRIMARY KEY,
            site_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            owner TEXT,
            category TEXT NOT NULL,
            name TEXT,
            wkb BLOB,
            radius REAL NOT NULL,
            valid_from INTEGER,
            valid_to INTEGER,
            precision_kind TEXT NOT NULL,
            precision_m REAL NOT NULL,
            precision_basis TEXT NOT NULL,
            contact TEXT NOT NULL,
            sources TEXT NOT NULL,
            recipients TEXT NOT NULL,
            notified_at INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            author TEXT NOT NULL,
            withdrawn INTEGER NOT NULL,
            reason TEXT
        );
        CREATE UNIQUE INDEX ux_sites_revision ON sites(site_id, revision);
        CREATE TABLE site_checks (
            id INTEGER PRIMARY KEY,
            audit_seq INTEGER NOT NULL,
            principal TEXT NOT NULL,
            party TEXT,
            at INTEGER NOT NULL,
            radius REAL NOT NULL,
            window_from INTEGER NOT NULL,
            window_to INTEGER NOT NULL,
            outcome INTEGER NOT NULL,
            target_count INTEGER NOT NULL,
            layout INTEGER NOT NULL,
            lon REAL,
            lat REAL,
            targets BLOB,
            conflicts TEXT
        );
        CREATE INDEX ix_site_checks_principal ON site_checks(principal, at, target_count);
        CREATE INDEX ix_site_checks_party ON site_checks(party, at) WHERE party IS NOT NULL;
        CREATE TABLE site_alerts (
            id INTEGER PRIMARY KEY,
            principal TEXT NOT NULL,
            party TEXT,
            at INTEGER NOT NULL,
            pattern TEXT NOT NULL,
            detail TEXT NOT NULL,
            site_ids TEXT NOT NULL,
            checks INTEGER NOT NULL,
            throttled_until INTEGER,
            author TEXT NOT NULL
        );
        CREATE INDEX ix_site_alerts_principal ON site_alerts(principal, id);
        CREATE TABLE site_budgets (
            id INTEGER PRIMARY KEY,
            principal TEXT NOT NULL,
            per_day INTEGER NOT NULL,
            set_at INTEGER NOT NULL,
            author TEXT NOT NULL
        );
        CREATE INDEX ix_site_budgets_principal ON site_budgets(principal, id);
        CREATE TABLE site_attacks (
            id INTEGER PRIMARY KEY,
            batch INTEGER NOT NULL,
            site_id TEXT NOT NULL,
            date_text TEXT,
            time_local TEXT,
            impact TEXT,
            casualties TEXT,
            attributed_to TEXT,
            note TEXT,
            date_qualifiers TEXT,
            source_file TEXT NOT NULL,
            source_row TEXT NOT NULL,
            source_key TEXT,
            source_url TEXT,
            source_quote TEXT,
            source_flag TEXT,
            author TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            UNIQUE (source_file, source_row)
        );
        CREATE TABLE party_actors (
            party TEXT NOT NULL,
            actor TEXT NOT NULL,
            author TEXT NOT NULL,
            linked_at INTEGER NOT NULL,
            PRIMARY KEY (party, actor)
        ) WITHOUT ROWID;
        """,

        // 7: the revision index keyed by source id first: the same uniqueness and lookups by (dataset,
        // id), and an import's index build sorts on the id's text at once instead of comparing the
        // dataset (one value in a whole import) first (1M rows: 0.31 -> 0.25 s, bench/README.md).
        """
        DROP INDEX ux_events_revision;
        CREATE UNIQUE INDEX ux_events_revision ON events(source_id, dataset, revision);
        """,
    ];

    /// <summary>The version that created the audit log.</summary>
    public const int AuditLog = 3;

    /// <summary>Brings the database to the latest version; returns the version it was at.</summary>
    public static long Apply(SqliteConnection connection)
    {
        var current = Scalar(connection, "PRAGMA user_version");
        if (current > All.Count)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this Truce knows ({All.Count}); use a newer Truce.");
        }

        for (var v = (int)current; v < All.Count; v++)
        {
            using var tx = connection.BeginTransaction();
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = All[v] + $"\nPRAGMA user_version = {v + 1};";
            cmd.ExecuteNonQuery();
            tx.Commit();
        }

        return current;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
