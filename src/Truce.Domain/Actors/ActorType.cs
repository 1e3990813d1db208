namespace Truce.Domain.Actors;

/// <summary>Broad kind of actor, following ACLED's inter codes and UCDP's actor types.</summary>
public enum ActorType
{
    Unknown = 0,
    StateForces = 1,
    RebelGroup = 2,
    PoliticalMilitia = 3,
    IdentityMilitia = 4,
    Rioters = 5,
    Protesters = 6,
    Civilians = 7,
    ExternalForces = 8,

    /// <summary>A label that covers many groups (UCDP "Syrian insurgents").</summary>
    Collective = 9,
}
