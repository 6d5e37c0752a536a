namespace LowLatency.Ring;

/// <summary>Which sequencer a ring uses: one publishing thread (cheapest) or several (CAS claim + availability buffer).</summary>
public enum ProducerType
{
    /// <summary>Exactly one thread ever calls Next/TryNext/Publish: no atomic instruction on the claim path.</summary>
    Single,

    /// <summary>Any number of threads may claim and publish concurrently.</summary>
    Multi,
}
