namespace Truce.Domain.Events;

/// <summary>
/// How the source datasets grade spatial and temporal precision, and what each grade allows.
/// </summary>
/// <remarks>
/// UCDP GED codebook 19.1 §3: <c>where_prec</c> 1 exact place, 2 within 25 km, 3 second-order
/// division, 4 first-order division, 5 linear feature or area between divisions, 6 country,
/// 7 international waters or airspace; <c>date_prec</c> 1 exact day … 5 more than a month.
/// ACLED codebook: <c>geo_precision</c> 1 town, 2 near a town or a region part, 3 larger region;
/// <c>time_precision</c> 1 day, 2 week, 3 month.
/// </remarks>
public static class Precision
{
    /// <summary>Highest valid location precision code of a dataset (codes start at 1).</summary>
    public static int MaxGeoCode(EventDataset dataset) => dataset == EventDataset.UcdpGed ? 7 : 3;

    /// <summary>Highest valid date precision code of a dataset (codes start at 1).</summary>
    public static int MaxDateCode(EventDataset dataset) => dataset == EventDataset.UcdpGed ? 5 : 3;

    /// <summary>
    /// The deepest OCHA level a point may be assigned to: UCDP where_prec 1–2 → admin3, 3 → admin2,
    /// 4 → admin1, 5–7 → none; ACLED geo_precision 1 → admin3, 2 → admin2, 3 → admin1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is outside the dataset's scale.</exception>
    public static AdminLevel SupportedAdminLevel(EventDataset dataset, int geoPrecision)
    {
        if (geoPrecision < 1 || geoPrecision > MaxGeoCode(dataset))
        {
            throw new ArgumentOutOfRangeException(nameof(geoPrecision), geoPrecision, "Not a precision code of this dataset.");
        }

        return dataset switch
        {
            EventDataset.UcdpGed => geoPrecision switch
            {
                1 or 2 => AdminLevel.Admin3,
                3 => AdminLevel.Admin2,
                4 => AdminLevel.Admin1,
                _ => AdminLevel.None,
            },
            _ => geoPrecision switch
            {
                1 => AdminLevel.Admin3,
                2 => AdminLevel.Admin2,
                _ => AdminLevel.Admin1,
            },
        };
    }
}
