using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics;

/// <summary>
/// Input validation shared by the analytics. Every failure throws <see cref="RiskInputException"/>
/// with a message that names the argument, the offending index and the rule broken. Throw sites are
/// in <see cref="Fail"/> so the checks themselves stay small.
/// </summary>
internal static class Guard
{
    /// <summary>Relative tolerance under which a negative eigenvalue is rounding noise, not a non-PSD matrix.</summary>
    public const double PsdRelativeTolerance = 1e-10;

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Fail(string paramName, string message) => throw new RiskInputException(paramName, message);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static T Fail<T>(string paramName, string message) => throw new RiskInputException(paramName, message);

    public static void Finite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            Fail(paramName, $"{paramName} must be a finite number but was {Format(value)}");
        }
    }

    public static void Finite(ReadOnlySpan<double> values, string paramName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                Fail(paramName, $"{paramName}[{i}] is {Format(values[i])}; every value must be finite");
            }
        }
    }

    public static void Finite(Matrix<double> matrix, string paramName)
    {
        NotNull(matrix, paramName);
        for (int r = 0; r < matrix.RowCount; r++)
        {
            for (int c = 0; c < matrix.ColumnCount; c++)
            {
                double v = matrix.At(r, c);
                if (!double.IsFinite(v))
                {
                    Fail(paramName, $"{paramName}[{r},{c}] is {Format(v)}; every entry must be finite");
                }
            }
        }
    }

    public static void NotNull([NotNull] object? value, string paramName)
    {
        if (value is null)
        {
            Fail(paramName, $"{paramName} must not be null");
        }
    }

    public static void Confidence(double confidence, string paramName = "confidence")
    {
        if (!(confidence > 0.0 && confidence < 1.0))
        {
            Fail(paramName, $"{paramName} must lie strictly between 0 and 1 (e.g. 0.99) but was {Format(confidence)}");
        }
    }

    public static void Positive(double value, string paramName)
    {
        if (!(value > 0.0) || double.IsPositiveInfinity(value))
        {
            Fail(paramName, $"{paramName} must be a finite number > 0 but was {Format(value)}");
        }
    }

    public static void NonNegative(double value, string paramName)
    {
        if (!(value >= 0.0) || double.IsPositiveInfinity(value))
        {
            Fail(paramName, $"{paramName} must be a finite number >= 0 but was {Format(value)}");
        }
    }

    public static void Positive(int value, string paramName)
    {
        if (value <= 0)
        {
            Fail(paramName, $"{paramName} must be > 0 but was {value}");
        }
    }

    public static void Lambda(double lambda, string paramName = "lambda")
    {
        if (!(lambda > 0.0 && lambda < 1.0))
        {
            Fail(paramName, $"{paramName} (EWMA decay) must lie strictly between 0 and 1 (RiskMetrics uses 0.94) but was {Format(lambda)}");
        }
    }

    public static void MinLength(int length, int min, string paramName, string what = "observations")
    {
        if (length < min)
        {
            Fail(paramName, $"{paramName} has {length} {what}; at least {min} are needed");
        }
    }

    public static void SameLength(int length, int expected, string paramName, string expectedName)
    {
        if (length != expected)
        {
            Fail(paramName, $"{paramName} has length {length} but {expectedName} has {expected}; they must match");
        }
    }

    public static void Square(Matrix<double> matrix, string paramName)
    {
        NotNull(matrix, paramName);
        if (matrix.RowCount != matrix.ColumnCount || matrix.RowCount == 0)
        {
            Fail(paramName, $"{paramName} must be a non-empty square matrix but is {matrix.RowCount}x{matrix.ColumnCount}");
        }
    }

    /// <summary>Square, finite, symmetric (to a relative tolerance) and matching <paramref name="dimension"/> when given.</summary>
    public static void Symmetric(Matrix<double> matrix, string paramName, int dimension = -1)
    {
        Square(matrix, paramName);
        if (dimension >= 0 && matrix.RowCount != dimension)
        {
            Fail(paramName, $"{paramName} is {matrix.RowCount}x{matrix.ColumnCount} but {dimension} factors were given; dimensions must match");
        }

        Finite(matrix, paramName);
        int n = matrix.RowCount;
        double scale = 0.0;
        for (int i = 0; i < n; i++)
        {
            scale = Math.Max(scale, Math.Abs(matrix.At(i, i)));
        }

        double tol = 1e-10 * Math.Max(scale, double.Epsilon);
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (Math.Abs(matrix.At(i, j) - matrix.At(j, i)) > tol)
                {
                    Fail(paramName, $"{paramName} is not symmetric: [{i},{j}]={Format(matrix.At(i, j))} but [{j},{i}]={Format(matrix.At(j, i))}");
                }
            }
        }
    }

    /// <summary>
    /// A valid covariance matrix: square, finite, symmetric, non-negative diagonal and positive
    /// semi-definite (smallest eigenvalue ≥ −tolerance × largest). Returns the smallest eigenvalue.
    /// </summary>
    public static double Covariance(Matrix<double> matrix, string paramName, int dimension = -1)
    {
        Symmetric(matrix, paramName, dimension);
        for (int i = 0; i < matrix.RowCount; i++)
        {
            if (matrix.At(i, i) < 0.0)
            {
                Fail(paramName, $"{paramName}[{i},{i}] is a negative variance ({Format(matrix.At(i, i))})");
            }
        }

        var eigen = matrix.Evd(Symmetricity.Symmetric).EigenValues;
        double min = double.PositiveInfinity;
        double max = 0.0;
        for (int i = 0; i < eigen.Count; i++)
        {
            min = Math.Min(min, eigen[i].Real);
            max = Math.Max(max, Math.Abs(eigen[i].Real));
        }

        if (min < -PsdRelativeTolerance * Math.Max(max, double.Epsilon))
        {
            Fail(paramName, $"{paramName} is not positive semi-definite: smallest eigenvalue {Format(min)} (largest {Format(max)}); repair it first (NearestCorrelation.Repair)");
        }

        return min;
    }

    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
