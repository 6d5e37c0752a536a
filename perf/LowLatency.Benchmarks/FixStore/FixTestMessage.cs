using System.Text;

namespace LowLatency.Benchmarks.FixStore;

/// <summary>A NewOrderSingle-sized message (~200 bytes): the store and log only see bytes.</summary>
internal static class FixTestMessage
{
    public static byte[] NewOrderSingle() => Encoding.ASCII.GetBytes(
        "8=FIX.4.4\u00019=178\u000135=D\u000134=123456\u000149=LLENGINE\u000156=VENUE1\u000152=20260105-09:00:00.123456\u0001" +
        "11=ORD-0000000001\u00011=ACCOUNT1\u000155=BTC-27MAR26-60000-C\u000154=1\u000160=20260105-09:00:00.123456\u0001" +
        "38=10\u000140=2\u000144=1234.50\u000159=0\u000110=123\u0001");
}
