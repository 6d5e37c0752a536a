using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace LowLatency.Core;

/// <summary>
/// Throw sites kept out of hot methods: a method containing <c>throw</c> is not inlined, so hot code
/// calls these <see cref="DoesNotReturnAttribute"/> helpers instead (the System.IO.Pipelines pattern).
/// </summary>
public static class ThrowHelper
{
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowArgumentOutOfRange(string paramName, string message) =>
        throw new ArgumentOutOfRangeException(paramName, message);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowOverflow(string message) => throw new OverflowException(message);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowInvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowFormat(string message) => throw new FormatException(message);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static T ThrowInvalidOperation<T>(string message) => throw new InvalidOperationException(message);
}
