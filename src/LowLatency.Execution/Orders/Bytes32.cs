using System.Runtime.CompilerServices;

namespace LowLatency.Execution.Orders;

/// <summary>32 bytes inline (no array): room for a venue OrderID inside an order slot or a ring slot.</summary>
[InlineArray(32)]
internal struct Bytes32
{
    private byte _element0;
}
