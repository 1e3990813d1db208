namespace Truce.Testing;

/// <summary>
/// Hand-written rows in ACLED's 31-column export layout. They describe no real events: ACLED's
/// terms forbid redistributing its data, so the tests never use real ACLED rows.
/// </summary>
public static class AcledFixture
{
    public const string Header =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    /// <summary>Three invented events: numeric inter codes, label inter codes, a multi-line note.</summary>
    public static string Rows { get; } = string.Join("\n",
        "TST1,02 June 2016,2016,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Testland (2000-),,1,Civilians (Testland),,7,17,Civilian targeting,760,Middle East,Syria,Aleppo,Jebel Saman,Jebel Saman,Aleppo - Al Shaar,36.2021,37.1343,1,Test Monitor,Other,Fictional fixture row.,5,,1700000000",
        "TST2,2016-06-03,2016,2,Political violence,Battles,Armed clash,Rebel Group A,Rebel Group B,Rebel group,Military Forces of Testland (2000-),,State forces,12,,760,Middle East,Syria,Idleb,Idleb,Idleb,Saraqab,35.8619,36.8006,2,Test Monitor,National,\"A note\nover two lines, with \"\"quotes\"\".\",3,,1700000100",
        "TST3,4 July 2016,2016,3,Strategic developments,Strategic developments,Headquarters or base established,Rebel Group A,,2,,,,20,,760,Middle East,Syria,Idleb,,,Idleb Governorate,35.9,36.6,3,Test Monitor,Other,=not a formula,0,,1700000200") + "\n";

    public static string File => Header + "\n" + Rows;
}
