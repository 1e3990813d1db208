using System.Diagnostics.CodeAnalysis;
using Truce.Domain.Events;

namespace Truce.Domain.Sources;

/// <summary>
/// What a source or a grade is about, as one text key: an event is <c>DATASET:ID</c> (the key verdicts
/// use, <c>ucdp-ged:233028</c>; <c>ucdp:233028</c> is accepted for it), a control record is
/// <c>control:FILE#ROW</c>, a figure is <c>figure:NAME</c>.
/// </summary>
/// <param name="Kind">Event, control record or figure.</param>
/// <param name="Id">The event key (<c>ucdp-ged:233028</c>), the control record's <c>FILE#ROW</c>, or the figure's name.</param>
public readonly record struct SubjectKey(SubjectKind Kind, string Id)
{
    /// <summary>The longest key accepted, in characters.</summary>
    public const int MaxLength = 300;

    /// <summary>What <see cref="TryParse"/> accepts, for error messages.</summary>
    public const string Expected = "DATASET:ID (ucdp-ged:233028, acled:SYR123), control:FILE#ROW or figure:NAME";

    /// <summary>The key of an event.</summary>
    public static SubjectKey ForEvent(EventDataset dataset, string sourceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        return new(SubjectKind.Event, $"{EventDatasets.Name(dataset)}:{sourceId}");
    }

    /// <summary>The event's dataset and source id; false for a control record or figure.</summary>
    public bool TryEvent(out EventDataset dataset, [NotNullWhen(true)] out string? sourceId)
    {
        var colon = Id?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (Kind == SubjectKind.Event && colon > 0 && EventDatasets.TryParse(Id![..colon], out dataset))
        {
            sourceId = Id[(colon + 1)..];
            return true;
        }

        (dataset, sourceId) = (default, null);
        return false;
    }

    /// <summary>Parses a key; false with the reason when it is none.</summary>
    public static bool TryParse(string? text, out SubjectKey key, [NotNullWhen(false)] out string? error)
    {
        key = default;
        error = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength || text.Any(char.IsControl) || text.Any(char.IsWhiteSpace))
        {
            error = $"'{text}' is not a subject: expected {Expected}, at most {MaxLength} characters without spaces";
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var (prefix, rest) = colon > 0 ? (text[..colon], text[(colon + 1)..]) : ("", "");
        if (rest.Length == 0)
        {
            error = $"'{text}' is not a subject: expected {Expected}";
            return false;
        }

        switch (prefix)
        {
            case "control" when rest.IndexOf('#', StringComparison.Ordinal) is > 0 and var hash && hash < rest.Length - 1:
                key = new(SubjectKind.Control, rest);
                return true;
            case "control":
                error = $"'{text}' is not a control record: expected control:FILE#ROW";
                return false;
            case "figure":
                key = new(SubjectKind.Figure, rest);
                return true;
            case "ucdp":
                key = new(SubjectKind.Event, $"ucdp-ged:{rest}");
                return true;
            default:
                if (EventDatasets.TryParse(prefix, out var dataset))
                {
                    key = ForEvent(dataset, rest);
                    return true;
                }

                error = $"'{text}' is not a subject: '{prefix}' is no dataset (ucdp-ged, ucdp, acled) nor control or figure";
                return false;
        }
    }

    /// <summary>Parses a key.</summary>
    /// <exception cref="Errors.BadFieldException">The text is no subject key (field <paramref name="field"/>).</exception>
    public static SubjectKey Parse(string? text, string field = "subject") =>
        TryParse(text, out var key, out var error) ? key : throw new Errors.BadFieldException(field, error);

    /// <summary>The text form, as stored: <c>ucdp-ged:233028</c>, <c>control:FILE#ROW</c>, <c>figure:NAME</c>.</summary>
    public override string ToString() => Kind switch
    {
        SubjectKind.Event => Id,
        SubjectKind.Control => $"control:{Id}",
        SubjectKind.Figure => $"figure:{Id}",
        _ => throw new InvalidOperationException($"Unknown subject kind {Kind}."),
    };
}
