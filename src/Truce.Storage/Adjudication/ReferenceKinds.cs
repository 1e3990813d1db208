namespace Truce.Storage.Adjudication;

/// <summary>The kinds of adjudication input file a store keeps.</summary>
public static class ReferenceKinds
{
    public const string Terms = "terms";
    public const string Designations = "designations";
    public const string Agreements = "agreements";
    public const string Control = "control";
    public const string Places = "places";
    public const string UcdpActors = "ucdp-actors";
    public const string UnList = "un-list";
}
