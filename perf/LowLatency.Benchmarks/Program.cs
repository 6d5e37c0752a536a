using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace LowLatency.Benchmarks;

/// <summary>
/// Entry point: a custom <see cref="IPerfCommand"/> by name, <c>list</c> for what exists, or else
/// BenchmarkDotNet's switcher (e.g. <c>--filter '*Ring*'</c>) with MemoryDiagnoser on every benchmark.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var commands = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IPerfCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IPerfCommand)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        if (args.Length > 0 && args[0] == "list")
        {
            foreach (var c in commands)
            {
                Console.WriteLine($"{c.Name,-24} {c.Description}");
            }

            Console.WriteLine($"{"--filter PATTERN",-24} BenchmarkDotNet benchmarks (see --list flat)");
            return 0;
        }

        var command = args.Length > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
        if (command is not null)
        {
            return command.Run(args[1..]);
        }

        var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
