using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;

namespace LowLatency.Execution.Tests.Support;

/// <summary>An ExecutionReport body plus Commission(12) and LastLiquidityInd(851), as a fee-charging venue sends it.</summary>
internal ref struct ExecutionReportWithFees : IFixMessageBody
{
    public ExecutionReport Report;
    public Price? Commission;
    public int LastLiquidityInd;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.ExecutionReport;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        Report.WriteBody(ref writer);
        if (Commission is { } commission)
        {
            writer.WritePrice(FixTag.Commission, commission);
        }

        if (LastLiquidityInd > 0)
        {
            writer.WriteInt(FixTag.LastLiquidityInd, LastLiquidityInd);
        }
    }
}
