namespace Truce.Domain.Events;

/// <summary>Depth of an administrative division; <see cref="None"/> when no division can be named.</summary>
public enum AdminLevel
{
    None = 0,
    Admin1 = 1,
    Admin2 = 2,
    Admin3 = 3,

    /// <summary>City neighbourhoods (OCHA's neighbourhood layer); never an event assignment level.</summary>
    Neighbourhood = 4,
}
