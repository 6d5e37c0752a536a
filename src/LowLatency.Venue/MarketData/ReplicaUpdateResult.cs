namespace LowLatency.Venue.MarketData;

/// <summary>What <see cref="BookReplica.Apply"/> did with an incremental entry.</summary>
public enum ReplicaUpdateResult : byte
{
    /// <summary>Applied; the replica is at the entry's sequence.</summary>
    Applied = 0,

    /// <summary>Sequence at or below the replica's: already reflected (duplicate, or older than the snapshot); ignored.</summary>
    Stale = 1,

    /// <summary>Sequence jumped: entries were lost. The replica is out of sync until the next snapshot.</summary>
    Gap = 2,

    /// <summary>The entry contradicts the replica (new level that exists, change/delete of a missing one): out of sync.</summary>
    Inconsistent = 3,

    /// <summary>No snapshot applied since the start or the last gap; the entry was ignored.</summary>
    NotSynchronized = 4,

    /// <summary>Entry for another instrument; ignored.</summary>
    WrongInstrument = 5,
}
