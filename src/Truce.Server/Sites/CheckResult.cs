using Truce.Domain.Deconfliction;
using Truce.Storage.Sites;

namespace Truce.Server.Sites;

/// <summary>What a check request gets: an answer per target, or a refusal with when to try again.</summary>
/// <param name="Outcome">Answered, or refused and why.</param>
/// <param name="Answers">One answer per target, in request order (empty when refused).</param>
/// <param name="RetryAt">When a refused caller may ask again.</param>
public sealed record CheckResult(CheckOutcome Outcome, IReadOnlyList<CheckAnswer> Answers, DateTimeOffset? RetryAt);
