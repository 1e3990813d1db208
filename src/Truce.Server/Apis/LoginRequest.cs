namespace Truce.Server.Apis;

/// <summary>A sign-in: user name and password.</summary>
/// <param name="User">The user name.</param>
/// <param name="Password">The password.</param>
public sealed record LoginRequest(string? User, string? Password);
