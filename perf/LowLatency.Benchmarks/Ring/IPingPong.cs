namespace LowLatency.Benchmarks.Ring;

/// <summary>A two-thread echo: <see cref="RoundTrip"/> sends a value and spins until it comes back.</summary>
public interface IPingPong : IDisposable
{
    string Name { get; }

    long RoundTrip(long value);
}
