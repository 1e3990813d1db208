namespace Truce.Storage.Stats;

/// <summary>The names of <see cref="StatsGroup"/> as the CLI and the API take them.</summary>
public static class StatsGroups
{
    /// <summary>Every name, in the order help texts list them.</summary>
    public static readonly IReadOnlyList<string> Names = ["none", "admin1", "admin2", "admin3", "source-admin1", "dyad", "actor1"];

    public static bool TryParse(string? name, out StatsGroup group)
    {
        StatsGroup? parsed = name switch
        {
            "none" => StatsGroup.None,
            "admin1" => StatsGroup.Admin1,
            "admin2" => StatsGroup.Admin2,
            "admin3" => StatsGroup.Admin3,
            "source-admin1" => StatsGroup.SourceAdmin1,
            "dyad" => StatsGroup.Dyad,
            "actor1" => StatsGroup.Actor1,
            _ => null,
        };
        group = parsed ?? default;
        return parsed is not null;
    }
}
