namespace Truce.Domain.Humanitarian;

/// <summary>Denial and attack incidents some row attributes to a party, up to a day and in the reach window, with the rows.</summary>
public sealed record PartyTally(string PartyId, string PartyName, int Denials, int DenialsRecent, int Attacks, int AttacksRecent, IReadOnlyList<string> Rows)
{
    /// <summary>The id incidents no row attributes to a known party are tallied under.</summary>
    public const string NotStated = "(not stated)";
}
