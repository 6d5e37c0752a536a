using LowLatency.Core;

namespace LowLatency.Quant.Greeks;

/// <summary>Struct-of-arrays outputs of the greeks kernel (units as in <see cref="OptionGreeks"/>).</summary>
public readonly ref struct GreeksBatch
{
    /// <summary>Wraps the output spans; all must have the same length.</summary>
    public GreeksBatch(Span<double> price, Span<double> delta, Span<double> gamma, Span<double> vega, Span<double> theta, Span<double> rho)
    {
        int n = price.Length;
        if (delta.Length != n || gamma.Length != n || vega.Length != n || theta.Length != n || rho.Length != n)
        {
            ThrowHelper.ThrowArgument(nameof(price), "all output spans must have the same length");
        }

        Price = price;
        Delta = delta;
        Gamma = gamma;
        Vega = vega;
        Theta = theta;
        Rho = rho;
    }

    public Span<double> Price { get; }

    public Span<double> Delta { get; }

    public Span<double> Gamma { get; }

    public Span<double> Vega { get; }

    public Span<double> Theta { get; }

    public Span<double> Rho { get; }

    /// <summary>Number of options.</summary>
    public int Length => Price.Length;
}
