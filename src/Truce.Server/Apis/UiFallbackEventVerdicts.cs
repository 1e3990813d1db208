namespace Truce.Server.Apis;

/// <summary>STAND-IN (see <see cref="UiFallbackVerdictsApi"/>): an event's verdicts.</summary>
public sealed record UiFallbackEventVerdicts(string EventKey, IReadOnlyList<UiFallbackVerdict> Verdicts);
