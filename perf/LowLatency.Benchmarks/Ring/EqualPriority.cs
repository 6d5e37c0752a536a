using System.Diagnostics;

namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// Undoes BenchmarkDotNet's priority boost before the consumer threads are created. BDN raises the
/// benchmark process to High priority; on Linux that is a nice value on the main thread only (threads
/// created afterwards inherit it). Measured on the shared 2-core box: with both spinning threads at
/// nice -11 and the machine loaded at nice 0, the scheduler kept producer and consumer on one core and a
/// ping-pong round trip took ~15 µs instead of &lt;1 µs. Cross-thread benchmarks need their threads on
/// equal terms with each other and with the deployment condition, so they run at normal priority.
/// </summary>
internal static class EqualPriority
{
    public static void Apply()
    {
        try
        {
            using var process = Process.GetCurrentProcess();
            process.PriorityClass = ProcessPriorityClass.Normal;
            Thread.CurrentThread.Priority = ThreadPriority.Normal;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or PlatformNotSupportedException or InvalidOperationException)
        {
            Console.WriteLine($"// could not reset priority: {ex.Message}");
        }
    }
}
