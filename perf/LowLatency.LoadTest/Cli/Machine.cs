using System.Globalization;

namespace LowLatency.LoadTest.Cli;

/// <summary>The machine's state for the report: cores, load average (Linux /proc/loadavg), process CPU time.</summary>
public static class Machine
{
    public static string Describe()
    {
        string load = "n/a";
        try
        {
            if (File.Exists("/proc/loadavg"))
            {
                string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
                load = $"{parts[0]} {parts[1]} {parts[2]}";
            }
        }
        catch (IOException)
        {
            // not Linux or not readable: the report says n/a
        }

        using var p = System.Diagnostics.Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, load average {load}, this process CPU {p.TotalProcessorTime.TotalSeconds:F1}s");
    }
}
