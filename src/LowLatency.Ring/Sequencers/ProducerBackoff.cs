namespace LowLatency.Ring.Sequencers;

/// <summary>
/// How a producer waits for a full ring to drain: spin briefly, then yield (never a 1 ms sleep while the
/// consumer is moving, that would cap throughput), and only after thousands of fruitless rounds (the
/// consumer is stalled, not just behind) sleep 1 ms so a stuck pipeline does not burn a shared core.
/// </summary>
internal struct ProducerBackoff
{
    private const int YieldRounds = 4096;
    private SpinWait _spinner;
    private int _rounds;

    public void Idle()
    {
        if (_rounds < YieldRounds)
        {
            _rounds++;
            _spinner.SpinOnce(sleep1Threshold: -1);
        }
        else
        {
            Thread.Sleep(1);
        }
    }
}
