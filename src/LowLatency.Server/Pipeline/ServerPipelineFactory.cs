using LowLatency.Ring.WaitStrategies;
using LowLatency.Server.Config;

namespace LowLatency.Server.Pipeline;

/// <summary>Picks the processors' wait strategy type from configuration (the only place the choice is a runtime value).</summary>
public static class ServerPipelineFactory
{
    public static IServerPipeline Create(ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        int inbound = settings.InboundRingSize;
        int outbound = settings.OutboundRingSize;
        return settings.WaitStrategy switch
        {
            WaitStrategyKind.Yielding => new ServerPipeline<YieldingWaitStrategy>(new YieldingWaitStrategy(), inbound, outbound),
            WaitStrategyKind.Sleeping => new ServerPipeline<SleepingWaitStrategy>(new SleepingWaitStrategy(), inbound, outbound),
            WaitStrategyKind.BusySpin => new ServerPipeline<BusySpinWaitStrategy>(new BusySpinWaitStrategy(), inbound, outbound),
            _ => new ServerPipeline<BlockingWaitStrategy>(new BlockingWaitStrategy(), inbound, outbound),
        };
    }
}
