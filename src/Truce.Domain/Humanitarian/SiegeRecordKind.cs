namespace Truce.Domain.Humanitarian;

/// <summary>What a row of a siege table states (its <c>record_type</c>).</summary>
public enum SiegeRecordKind
{
    /// <summary><c>siege_start</c>: one definition of when the siege began (each source's own).</summary>
    Start,

    /// <summary><c>siege_end</c>: the siege ended.</summary>
    End,

    /// <summary><c>interruption</c>: the siege was broken (until a <see cref="Reimposed"/> row).</summary>
    Interruption,

    /// <summary><c>siege_reimposed</c>: the siege was imposed again after an interruption.</summary>
    Reimposed,

    /// <summary><c>un_status</c>: what the UN said of the area's status (e.g. not yet designated besieged).</summary>
    UnStatus,

    /// <summary><c>un_declaration</c>: the UN declared the area besieged.</summary>
    UnDeclaration,

    /// <summary><c>besieging_party</c>: a source names who besieges the area.</summary>
    BesiegingParty,

    /// <summary><c>counter_siege</c>: a siege of the other side's area (reported, e.g. a mutual siege).</summary>
    CounterSiege,

    /// <summary><c>population_estimate</c>: how many people were in the area.</summary>
    PopulationEstimate,

    /// <summary><c>population_flow</c>: how many left, fled or were evacuated (not a population).</summary>
    PopulationFlow,

    /// <summary><c>national_total</c>: people besieged in a whole country or list of areas.</summary>
    NationalTotal,

    /// <summary><c>area_population</c>: the population of a besieged area as a list of areas reports it.</summary>
    AreaPopulation,

    /// <summary><c>area_status</c>: an area reported besieged (without a population).</summary>
    AreaStatus,
}
