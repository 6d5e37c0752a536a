namespace LowLatency.Fix.Log;

/// <summary>Consumes records drained from a <see cref="LogRing"/>; a struct so the drain loop is specialised.</summary>
internal interface ILogRecordHandler
{
    void OnRecord(LogRecordKind kind, long utcEpochNanos, ReadOnlySpan<byte> payload);
}
