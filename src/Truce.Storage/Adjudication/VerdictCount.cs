namespace Truce.Storage.Adjudication;

/// <summary>Verdicts of one stakeholder in one period, by outcome.</summary>
public sealed record VerdictCount(string Period, string Stakeholder, int Violation, int Permitted, int Outside, int Indeterminate, int NotApplicable);
