namespace LowLatency.Fix.Messages.Values;

/// <summary>EncryptMethod (98) values; the engine only speaks None.</summary>
public static class FixEncryptMethod
{
    public const int None = 0;
}
