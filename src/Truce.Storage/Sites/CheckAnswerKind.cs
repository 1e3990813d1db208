namespace Truce.Storage.Sites;

/// <summary>What a party was told about a checked target.</summary>
public enum CheckAnswerKind
{
    /// <summary>Answered clear.</summary>
    Clear,

    /// <summary>Answered conflict.</summary>
    Conflict,

    /// <summary>Refused (budget spent or throttled): the party was told nothing about the target.</summary>
    Refused,
}
