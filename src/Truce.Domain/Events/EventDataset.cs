namespace Truce.Domain.Events;

/// <summary>The coding scheme an event was recorded in; it decides how precision codes are read.</summary>
public enum EventDataset
{
    /// <summary>UCDP Georeferenced Event Dataset (GED), codebook 19.1 and later.</summary>
    UcdpGed = 1,

    /// <summary>ACLED export layout (codebook 2023 and later).</summary>
    Acled = 2,
}
