namespace Truce.Domain.Control;

/// <summary>What a control record is about.</summary>
public enum ControlShape
{
    /// <summary>An area: a polygon (e.g. a neighbourhood), or a named area with no mapped polygon.</summary>
    Area = 1,

    /// <summary>A place: a point on a front map (a town, a hill, a base).</summary>
    Place = 2,
}
