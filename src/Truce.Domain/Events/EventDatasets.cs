namespace Truce.Domain.Events;

/// <summary>Stable text names of <see cref="EventDataset"/> as stored and exported.</summary>
public static class EventDatasets
{
    /// <summary>The stored name: <c>ucdp-ged</c> or <c>acled</c>.</summary>
    public static string Name(EventDataset dataset) => dataset switch
    {
        EventDataset.UcdpGed => "ucdp-ged",
        EventDataset.Acled => "acled",
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, "Unknown dataset."),
    };

    /// <summary>Parses a stored name; returns false for anything else.</summary>
    public static bool TryParse(string? name, out EventDataset dataset)
    {
        switch (name)
        {
            case "ucdp-ged":
                dataset = EventDataset.UcdpGed;
                return true;
            case "acled":
                dataset = EventDataset.Acled;
                return true;
            default:
                dataset = default;
                return false;
        }
    }
}
