namespace LowLatency.Testing.Fix;

/// <summary>
/// One valid FIX 4.4 message of every supported type (readable text without 8/9/10; build with
/// <see cref="FixMessageBuilder"/>), shared by codec, session and venue tests. SendingTime is the
/// <see cref="FakeClock"/> default start, 2026-01-05 09:00:00 UTC.
/// </summary>
public static class FixFixtures
{
    public const string Sender = "ENGINE";
    public const string Target = "VENUE1";
    public const string SendingTime = "20260105-09:00:00.000";

    /// <summary>The standard header after 8 and 9, in the order QuickFIX writes it.</summary>
    public static string Header(string msgType, int seq = 1, string sender = Sender, string target = Target) =>
        $"35={msgType}|34={seq}|49={sender}|52={SendingTime}|56={target}";

    public static string Heartbeat(int seq = 1) => Header("0", seq);

    public static string TestRequest(int seq = 1) => Header("1", seq) + "|112=TEST-1";

    public static string ResendRequest(int seq = 1) => Header("2", seq) + "|7=5|16=0";

    public static string Reject(int seq = 1) => Header("3", seq) + "|45=7|371=54|372=D|373=5|58=bad side";

    public static string SequenceReset(int seq = 1) => Header("4", seq) + "|123=Y|36=12";

    public static string Logout(int seq = 1) => Header("5", seq) + "|58=bye";

    public static string Logon(int seq = 1) => Header("A", seq) + "|98=0|108=30|141=Y";

    public static string BusinessMessageReject(int seq = 1) => Header("j", seq) + "|45=9|372=AE|380=3|58=unsupported";

    public static string NewOrderSingle(int seq = 1, string clOrdId = "ORD-1") =>
        Header("D", seq) + $"|11={clOrdId}|1=ACC-7|21=1|55=BTC-PERP|54=1|60=20260105-09:00:00.000|38=2.5|40=2|44=43250.5|59=0";

    public static string OrderCancelRequest(int seq = 1) =>
        Header("F", seq) + "|41=ORD-1|11=ORD-2|55=BTC-PERP|54=1|60=20260105-09:00:01.000|38=2.5";

    public static string OrderCancelReplaceRequest(int seq = 1) =>
        Header("G", seq) + "|41=ORD-1|11=ORD-3|21=1|55=BTC-PERP|54=1|60=20260105-09:00:02.000|38=3|40=2|44=43251|59=1";

    public static string OrderStatusRequest(int seq = 1) => Header("H", seq) + "|37=X-1|11=ORD-1|55=BTC-PERP|54=1";

    public static string ExecutionReport(int seq = 1) =>
        Header("8", seq) + "|37=X-1|11=ORD-1|17=E-1|150=F|39=2|55=BTC-PERP|54=1|38=2.5|40=2|44=43250.5|32=2.5|31=43250.5" +
        "|151=0|14=2.5|6=43250.5|60=20260105-09:00:00.100";

    public static string OrderCancelReject(int seq = 1) =>
        Header("9", seq) + "|37=X-1|11=ORD-2|41=ORD-1|39=2|434=1|102=0|58=too late";

    public static string MarketDataRequest(int seq = 1) =>
        Header("V", seq) + "|262=MD-1|263=1|264=10|265=1|267=2|269=0|269=1|146=2|55=BTC-PERP|55=ETH-PERP";

    public static string MarketDataSnapshot(int seq = 1) =>
        Header("W", seq) + "|262=MD-1|55=BTC-PERP|268=3|269=0|270=43250.5|271=1.25|269=1|270=43251|271=0.5|269=2|270=43250.75|271=0.1";

    /// <summary>An incremental refresh with <paramref name="entries"/> alternating bid/offer level updates.</summary>
    public static string MarketDataIncremental(int seq = 1, int entries = 2)
    {
        var text = new System.Text.StringBuilder(Header("X", seq)).Append("|262=MD-1|268=").Append(entries);
        for (int i = 0; i < entries; i++)
        {
            bool bid = i % 2 == 0;
            text.Append("|279=").Append(i % 3 == 2 ? '1' : '0')
                .Append("|269=").Append(bid ? '0' : '1')
                .Append("|55=BTC-PERP")
                .Append("|270=").Append(bid ? 43250 - i : 43251 + i).Append(".5")
                .Append("|271=").Append(1 + i).Append(".25");
        }

        return text.ToString();
    }

    public static string MarketDataRequestReject(int seq = 1) => Header("Y", seq) + "|262=MD-9|281=0|58=unknown symbol";

    /// <summary>Every supported message type once: (MsgType, readable fields).</summary>
    public static IReadOnlyList<(string MsgType, string Fields)> All =>
    [
        ("0", Heartbeat()), ("1", TestRequest()), ("2", ResendRequest()), ("3", Reject()), ("4", SequenceReset()),
        ("5", Logout()), ("A", Logon()), ("j", BusinessMessageReject()), ("D", NewOrderSingle()),
        ("F", OrderCancelRequest()), ("G", OrderCancelReplaceRequest()), ("H", OrderStatusRequest()),
        ("8", ExecutionReport()), ("9", OrderCancelReject()), ("V", MarketDataRequest()), ("W", MarketDataSnapshot()),
        ("X", MarketDataIncremental()), ("Y", MarketDataRequestReject()),
    ];
}
