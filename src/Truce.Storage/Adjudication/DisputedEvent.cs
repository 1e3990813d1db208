namespace Truce.Storage.Adjudication;

/// <summary>An event the stakeholders read differently under one agreement, with every stakeholder's verdict (stakeholder order).</summary>
public sealed record DisputedEvent(string EventKey, DateOnly Day, string Agreement, IReadOnlyList<StoredVerdict> Verdicts);
