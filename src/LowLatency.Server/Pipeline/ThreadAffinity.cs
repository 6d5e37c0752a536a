using System.Runtime.InteropServices;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// Pins the calling thread to one CPU on Linux (<c>sched_setaffinity(0, …)</c>: 0 = the calling thread), so a stage
/// keeps its caches and is not migrated. A no-op returning false on other systems (Windows/macOS affinity works
/// differently and the server targets Linux in production) and for cpu &lt; 0. Called from each stage's OnStart,
/// i.e. on the stage thread itself.
/// </summary>
public static class ThreadAffinity
{
    /// <summary>True when the thread is now bound to <paramref name="cpu"/>.</summary>
    public static bool TryPin(int cpu)
    {
        if (cpu < 0 || !OperatingSystem.IsLinux() || cpu >= 1024)
        {
            return false;
        }

        var mask = new ulong[16]; // cpu_set_t: 1024 bits (start-up path: the array is fine)
        mask[cpu >> 6] = 1UL << (cpu & 63);
        try
        {
            return SchedSetAffinity(0, (nuint)(mask.Length * sizeof(ulong)), mask) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: the generated marshaller needs unsafe code, which this project does not
    // enable; a blittable ulong[] is pinned and passed as a pointer either way.
    [DllImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static extern int SchedSetAffinity(int pid, nuint cpuSetSize, ulong[] mask);
}
