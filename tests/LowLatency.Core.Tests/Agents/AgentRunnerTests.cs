using LowLatency.Core.Agents;

namespace LowLatency.Core.Tests.Agents;

public class AgentRunnerTests
{
    private sealed class CountingAgent(int failOn, int stopSignalAt) : IAgent
    {
        public readonly ManualResetEventSlim Reached = new(false);
        public int Calls;
        public bool Started;
        public bool Closed;

        public string RoleName => "counting";

        public void OnStart() => Started = true;

        public int DoWork()
        {
            int n = Interlocked.Increment(ref Calls);
            if (n == failOn)
            {
                throw new InvalidOperationException("boom");
            }

            if (n == stopSignalAt)
            {
                Reached.Set();
            }

            return 0;
        }

        public void OnClose() => Closed = true;
    }

    [Fact]
    public void ADutyCycleExceptionIsReportedAndTheLoopGoesOn()
    {
        var agent = new CountingAgent(failOn: 3, stopSignalAt: 50);
        var errors = new List<Exception>();
        using (var runner = new AgentRunner<CountingAgent, BackoffIdleStrategy>(agent, new BackoffIdleStrategy(1, 1, 1, 1), e => { lock (errors) { errors.Add(e); } }))
        {
            runner.Start();
            Assert.True(agent.Reached.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        }

        Assert.True(agent.Started);
        Assert.True(agent.Closed);
        Assert.Single(errors);
        Assert.IsType<InvalidOperationException>(errors[0]);
    }

    [Fact]
    public void StartingTwiceIsRefusedAndDisposeIsIdempotent()
    {
        var agent = new CountingAgent(failOn: -1, stopSignalAt: 1);
        var runner = new AgentRunner<CountingAgent, YieldingIdleStrategy>(agent, default, _ => { });
        runner.Start();
        Assert.Throws<InvalidOperationException>(runner.Start);
        runner.Dispose();
        runner.Dispose();
        Assert.True(agent.Closed);
    }

    [Fact]
    public void BackoffRefusesNonsenseParameters()
    {
        Assert.Throws<ArgumentException>(() => new BackoffIdleStrategy(1, 1, 5, 2));
    }
}
