namespace LowLatency.Ring.Tests.Support;

/// <summary>Test-side producers: the claim / write in place / publish idiom the brief prescribes.</summary>
public static class Publisher
{
    /// <summary>Publishes <paramref name="count"/> events with Value = sequence * 3 (what <see cref="Deliveries"/> checks).</summary>
    public static void PublishSequential(RingBuffer<TestEvent> ring, long count)
    {
        for (long i = 0; i < count; i++)
        {
            long seq = ring.Next();
            ref var e = ref ring[seq];
            e.Value = seq * 3;
            e.StageA = -1;
            e.StageB = -1;
            ring.Publish(seq);
        }
    }

    /// <summary>Runs <paramref name="body"/> on a new named background thread (a real producer thread).</summary>
    public static Thread StartThread(string name, Action body)
    {
        var t = new Thread(() => body()) { IsBackground = true, Name = name };
        t.Start();
        return t;
    }
}
