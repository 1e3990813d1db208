using Microsoft.AspNetCore.Builder;
using Truce.Domain.Access;

namespace Truce.Server.Access;

/// <summary>How an endpoint (or a group of endpoints) declares who may call it.</summary>
public static class AccessConventions
{
    /// <summary>Callers holding <paramref name="required"/> may call (their role grants it and their token's scopes allow it).</summary>
    /// <example><c>api.MapPost("/", Import).AllowedFor(Permissions.WriteEvents)</c></example>
    public static TBuilder AllowedFor<TBuilder>(this TBuilder builder, Permissions required)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var access = new EndpointAccess(required);
        builder.Add(e => e.Metadata.Add(access));
        return builder;
    }

    /// <summary>Callers holding <paramref name="required"/>, or else <paramref name="or"/>, may call.</summary>
    /// <example><c>api.MapGet("/", List).AllowedFor(Permissions.ReadConfidential, or: Permissions.ReadOwnCompartment)</c>: monitors read all, parties their own (the handler narrows).</example>
    public static TBuilder AllowedFor<TBuilder>(this TBuilder builder, Permissions required, Permissions or)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var access = new EndpointAccess(required, or);
        builder.Add(e => e.Metadata.Add(access));
        return builder;
    }

    /// <summary>Every caller may call, whatever its permissions (signing in and out, asking who one is).</summary>
    public static TBuilder AllowedForEveryone<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.AllowedFor(Permissions.None);
}
