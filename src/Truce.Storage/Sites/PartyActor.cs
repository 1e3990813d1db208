namespace Truce.Storage.Sites;

/// <summary>
/// Links a party (as users and site notices name it) to an actor of the event record (as UCDP or
/// ACLED name it), so that a strike by that actor can be matched to what the party was notified of
/// and what it checked.
/// </summary>
/// <param name="Party">Party name, e.g. <c>syrian-government</c>.</param>
/// <param name="Actor">Actor name as the events give it, e.g. <c>Government of Syria</c>.</param>
public sealed record PartyActor(string Party, string Actor);
