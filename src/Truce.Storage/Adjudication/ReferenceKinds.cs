namespace Truce.Storage.Adjudication;

/// <summary>The kinds of reference file a store keeps: adjudication inputs, and the humanitarian files.</summary>
public static class ReferenceKinds
{
    public const string Terms = "terms";
    public const string Designations = "designations";
    public const string Agreements = "agreements";
    public const string Control = "control";
    public const string Places = "places";
    public const string UcdpActors = "ucdp-actors";
    public const string UnList = "un-list";

    /// <summary>A humanitarian manifest (docs/humanitarian.md); not an adjudication input.</summary>
    public const string Humanitarian = "humanitarian";

    /// <summary>A siege table named by the humanitarian manifest.</summary>
    public const string Sieges = "sieges";

    /// <summary>A convoy table named by the humanitarian manifest.</summary>
    public const string Convoys = "convoys";

    /// <summary>A casualty series named by the humanitarian manifest.</summary>
    public const string Casualties = "casualties";

    /// <summary>True for the kinds the humanitarian manifest brings (they do not change verdicts).</summary>
    public static bool IsHumanitarian(string kind) => kind is Humanitarian or Sieges or Convoys or Casualties;
}
