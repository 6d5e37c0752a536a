using BenchmarkDotNet.Attributes;
using LowLatency.Quant.Greeks;

namespace LowLatency.Benchmarks.Quant;

/// <summary>Greeks for 10,000 options: scalar reference vs SIMD (512-bit here, and 256-bit); result is per option.</summary>
[MemoryDiagnoser]
public class GreeksKernelBenchmarks
{
    private const int N = 10_000;
    private double[][] _in = null!;
    private double[][] _out = null!;

    [GlobalSetup]
    public void Setup()
    {
        _in = QuantBenchmarkData.OptionInputs(N);
        _out = new double[6][];
        for (int j = 0; j < 6; j++)
        {
            _out[j] = new double[N];
        }
    }

    private OptionBatch Input => new(_in[0], _in[1], _in[2], _in[3], _in[4], _in[5], _in[6], _in[7]);

    private GreeksBatch Output => new(_out[0], _out[1], _out[2], _out[3], _out[4], _out[5]);

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public void Scalar() => GreeksKernel.ComputeScalar(Input, Output);

    [Benchmark(OperationsPerInvoke = N)]
    public void Simd() => GreeksKernel.ComputeSimd(Input, Output);

    [Benchmark(OperationsPerInvoke = N)]
    public void Simd256() => GreeksKernel.ComputeSimd(Input, Output, 256);
}
