namespace Truce.Domain.Events;

/// <summary>
/// One act of violence or related development, on the UCDP GED / ACLED model, as one revision of
/// a source record. Holds both datasets' semantics; fields a dataset does not have are null.
/// </summary>
/// <remarks>
/// Coordinates are WGS 84 (EPSG:4326) decimal degrees. Precision codes keep the source's scale
/// (see <see cref="Precision"/>). <see cref="Original"/> keeps every source column unchanged.
/// </remarks>
public sealed record ConflictEvent
{
    /// <summary>Which coding scheme the record follows.</summary>
    public required EventDataset Dataset { get; init; }

    /// <summary>The source's own id (UCDP <c>id</c>, ACLED <c>event_id_cnty</c>); stable across revisions.</summary>
    public required string SourceId { get; init; }

    /// <summary>First day of the event (UCDP date_start, ACLED event_date).</summary>
    public required DateOnly DateStart { get; init; }

    /// <summary>Last day of the event; equal to <see cref="DateStart"/> for one-day events.</summary>
    public required DateOnly DateEnd { get; init; }

    /// <summary>UCDP date_prec 1–5 or ACLED time_precision 1–3.</summary>
    public required int DatePrecision { get; init; }

    /// <summary>UCDP where_prec 1–7 or ACLED geo_precision 1–3.</summary>
    public required int GeoPrecision { get; init; }

    /// <summary>ACLED event_type, or for UCDP the name of its type of violence.</summary>
    public string? EventType { get; init; }

    /// <summary>ACLED sub_event_type.</summary>
    public string? SubEventType { get; init; }

    /// <summary>ACLED disorder_type.</summary>
    public string? DisorderType { get; init; }

    /// <summary>UCDP type_of_violence: 1 state-based, 2 non-state, 3 one-sided.</summary>
    public int? ViolenceType { get; init; }

    /// <summary>Initiator: ACLED actor1, UCDP side_a.</summary>
    public string? Actor1 { get; init; }

    /// <summary>ACLED assoc_actor_1 (semicolon-separated as given).</summary>
    public string? AssocActor1 { get; init; }

    /// <summary>Target: ACLED actor2, UCDP side_b.</summary>
    public string? Actor2 { get; init; }

    /// <summary>ACLED assoc_actor_2.</summary>
    public string? AssocActor2 { get; init; }

    /// <summary>ACLED inter1 as given: a number (older exports) or a label (newer).</summary>
    public string? Inter1 { get; init; }

    /// <summary>ACLED inter2 as given.</summary>
    public string? Inter2 { get; init; }

    /// <summary>ACLED interaction as given.</summary>
    public string? Interaction { get; init; }

    /// <summary>ACLED civilian_targeting.</summary>
    public string? CivilianTargeting { get; init; }

    /// <summary>UCDP dyad_name; for ACLED <c>actor1 - actor2</c> (or actor1 alone).</summary>
    public string? Dyad { get; init; }

    /// <summary>UCDP conflict_name.</summary>
    public string? ConflictName { get; init; }

    public string? Country { get; init; }

    /// <summary>ACLED iso (numeric ISO 3166 code as given).</summary>
    public string? Iso { get; init; }

    public string? Region { get; init; }

    /// <summary>First-order division as the source named it (UCDP adm_1, ACLED admin1).</summary>
    public string? Admin1Name { get; init; }

    /// <summary>Second-order division as the source named it (UCDP adm_2, ACLED admin2).</summary>
    public string? Admin2Name { get; init; }

    /// <summary>ACLED admin3.</summary>
    public string? Admin3Name { get; init; }

    /// <summary>Place name (ACLED location, UCDP where_coordinates).</summary>
    public string? Location { get; init; }

    /// <summary>Latitude in decimal degrees, or null when the source gave none.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude in decimal degrees, or null when the source gave none.</summary>
    public double? Longitude { get; init; }

    /// <summary>Fatalities, best estimate (ACLED: fatalities).</summary>
    public int Best { get; init; }

    /// <summary>Fatalities, low estimate (ACLED: fatalities).</summary>
    public int Low { get; init; }

    /// <summary>Fatalities, high estimate (ACLED: fatalities).</summary>
    public int High { get; init; }

    /// <summary>UCDP deaths_a.</summary>
    public int? DeathsA { get; init; }

    /// <summary>UCDP deaths_b.</summary>
    public int? DeathsB { get; init; }

    /// <summary>UCDP deaths_civilians.</summary>
    public int? DeathsCivilians { get; init; }

    /// <summary>UCDP deaths_unknown.</summary>
    public int? DeathsUnknown { get; init; }

    /// <summary>Source text: UCDP source_article, ACLED source.</summary>
    public string? Sources { get; init; }

    /// <summary>ACLED source_scale.</summary>
    public string? SourceScale { get; init; }

    /// <summary>ACLED notes; UCDP source_headline.</summary>
    public string? Notes { get; init; }

    /// <summary>UCDP number_of_sources.</summary>
    public int? NumberOfSources { get; init; }

    /// <summary>ACLED timestamp (Unix seconds of the source's last change).</summary>
    public long? Timestamp { get; init; }

    /// <summary>What the initiator said it struck, when recorded.</summary>
    public string? ClaimedTarget { get; init; }

    /// <summary>Every column of the source row, unchanged.</summary>
    public SourceFields Original { get; init; } = SourceFields.Empty;

    /// <summary>Deepest OCHA level this event's location precision supports.</summary>
    public AdminLevel SupportedAdminLevel => Precision.SupportedAdminLevel(Dataset, GeoPrecision);

    /// <summary>True when both coordinates are present.</summary>
    public bool HasPoint => Latitude is not null && Longitude is not null;
}
