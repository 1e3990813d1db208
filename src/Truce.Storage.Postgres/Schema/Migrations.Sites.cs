namespace Truce.Storage.Postgres.Schema;

internal static partial class Migrations
{
    /// <summary>Migration 5: protected sites (every revision whole; geometry in SRID 4326), the check log (one point in
    /// lon/lat, a batch's targets packed in one bytea; a single check's target also as an indexed geometry derived by
    /// the server; audit_seq names the site.checks entry committing to it), probing alerts, check budgets, attack
    /// reports on sites, and party–actor links.</summary>
    private const string SitesScript =
        """
        CREATE TABLE sites (
            rev_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            site_id text COLLATE "C" NOT NULL,
            revision integer NOT NULL,
            owner text,
            category text NOT NULL,
            name text,
            geom geometry(Geometry, 4326),
            radius double precision NOT NULL,
            valid_from timestamptz,
            valid_to timestamptz,
            precision_kind text NOT NULL,
            precision_m double precision NOT NULL,
            precision_basis text NOT NULL,
            contact text NOT NULL,
            sources jsonb NOT NULL,
            recipients text[] NOT NULL,
            notified_at timestamptz NOT NULL,
            recorded_at timestamptz NOT NULL,
            author text NOT NULL,
            withdrawn boolean NOT NULL,
            reason text,
            UNIQUE (site_id, revision)
        );
        CREATE INDEX ix_sites_geom ON sites USING gist (geom);
        CREATE TABLE site_checks (
            id bigint PRIMARY KEY,
            audit_seq bigint NOT NULL,
            principal text COLLATE "C" NOT NULL,
            party text COLLATE "C",
            at timestamptz NOT NULL,
            radius double precision NOT NULL,
            window_from timestamptz NOT NULL,
            window_to timestamptz NOT NULL,
            outcome smallint NOT NULL,
            target_count integer NOT NULL,
            layout smallint NOT NULL,
            lon double precision,
            lat double precision,
            targets bytea,
            conflicts jsonb,
            target geometry(Geometry, 4326) GENERATED ALWAYS AS (
                CASE WHEN layout = 0 THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326)
                     WHEN target_count = 1 THEN ST_GeomFromWKB(targets, 4326) END) STORED
        );
        CREATE INDEX ix_site_checks_principal ON site_checks (principal, at) INCLUDE (target_count);
        CREATE INDEX ix_site_checks_party ON site_checks (party, at) WHERE party IS NOT NULL;
        CREATE INDEX ix_site_checks_target ON site_checks USING gist (target) WHERE target IS NOT NULL;
        CREATE TABLE site_alerts (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            principal text COLLATE "C" NOT NULL,
            party text COLLATE "C",
            at timestamptz NOT NULL,
            pattern text NOT NULL,
            detail text NOT NULL,
            site_ids text[] NOT NULL,
            checks integer NOT NULL,
            throttled_until timestamptz,
            author text NOT NULL
        );
        CREATE INDEX ix_site_alerts_principal ON site_alerts (principal, id);
        CREATE TABLE site_budgets (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            principal text COLLATE "C" NOT NULL,
            per_day bigint NOT NULL,
            set_at timestamptz NOT NULL,
            author text NOT NULL
        );
        CREATE INDEX ix_site_budgets_principal ON site_budgets (principal, id);
        CREATE TABLE site_attacks (
            id bigint PRIMARY KEY,
            batch bigint NOT NULL,
            site_id text COLLATE "C" NOT NULL,
            date_text text,
            time_local text,
            impact text,
            casualties text,
            attributed_to text,
            note text,
            date_qualifiers text,
            source_file text COLLATE "C" NOT NULL,
            source_row text COLLATE "C" NOT NULL,
            source_key text,
            source_url text,
            source_quote text,
            source_flag text,
            author text NOT NULL,
            recorded_at timestamptz NOT NULL,
            UNIQUE (source_file, source_row)
        );
        CREATE TABLE party_actors (
            party text COLLATE "C" NOT NULL,
            actor text COLLATE "C" NOT NULL,
            author text NOT NULL,
            linked_at timestamptz NOT NULL,
            PRIMARY KEY (party, actor)
        );
        """;
}
