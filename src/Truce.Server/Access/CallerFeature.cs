using Truce.Domain.Access;
using Truce.Storage.Access;

namespace Truce.Server.Access;

/// <summary>The caller of a request, set by <see cref="CallerMiddleware"/>, with the token it used (null for the public).</summary>
/// <param name="Caller">Who is calling.</param>
/// <param name="Token">The token used, or null for the public.</param>
internal sealed record CallerFeature(Caller Caller, StoredToken? Token);
