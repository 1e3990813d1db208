namespace Truce.Domain.Agreements;

/// <summary>
/// Where an agreement applies: countries (as events name them), optionally narrowed to areas by
/// admin P-code prefix (an event applies when one of its assigned codes starts with one of them).
/// </summary>
public sealed record AgreementScope(IReadOnlyList<string> Countries, IReadOnlyList<string> AreaCodes)
{
    public string Describe() => AreaCodes.Count == 0
        ? string.Join(", ", Countries)
        : $"{string.Join(", ", Countries)} ({string.Join(", ", AreaCodes)})";
}
