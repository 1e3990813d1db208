namespace Truce.Formats.Detection;

/// <summary>The file formats <c>truce import</c> reads.</summary>
public enum EventFileFormat
{
    Unknown = 0,

    /// <summary>UCDP GED CSV as published.</summary>
    Ucdp,

    /// <summary>ACLED CSV export (31 columns).</summary>
    Acled,

    /// <summary>Truce's own CSV export (ACLED layout plus extra columns).</summary>
    TruceCsv,

    /// <summary>OCHA COD-AB administrative boundaries as GeoJSON.</summary>
    AdminGeoJson,

    /// <summary>OCHA COD-AB administrative boundaries as an Esri shapefile (the .shp path).</summary>
    AdminShapefile,
}
