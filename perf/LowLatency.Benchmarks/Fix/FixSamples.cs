using System.Text;

namespace LowLatency.Benchmarks.Fix;

/// <summary>Benchmark inputs: readable FIX ('|' = SOH) framed with BodyLength and CheckSum.</summary>
internal static class FixSamples
{
    private const string Header = "34=1001|49=VENUE1|52=20260105-09:00:00.123|56=ENGINE";

    public const string ExecutionReport =
        "35=8|" + Header + "|37=V-81723|11=HEDGE-000123|17=E-99172|150=F|39=1|55=BTC-PERP|54=1|38=2.5|40=2|44=43250.50" +
        "|32=1.0|31=43250.50|151=1.5|14=1.0|6=43250.50|60=20260105-09:00:00.120";

    // What the engine sends a venue (NewOrderSingle.WriteBody's field order), as the venue side parses it.
    public const string NewOrderSingle =
        "35=D|" + Header + "|11=HEDGE-000123|1=ACC-7|21=1|55=BTC-PERP|207=VENUE1|54=1|60=20260105-09:00:00.120" +
        "|38=2.5|40=2|44=43250.50|59=1";

    public static string Incremental(int entries)
    {
        var text = new StringBuilder("35=X|").Append(Header).Append("|262=MD-1|268=").Append(entries);
        for (int i = 0; i < entries; i++)
        {
            text.Append("|279=").Append(i % 3 == 2 ? '1' : '0').Append("|269=").Append(i % 2)
                .Append("|55=BTC-PERP|270=").Append(43250 + i).Append(".50|271=").Append(1 + i).Append(".25");
        }

        return text.ToString();
    }

    public static byte[] Build(string readable)
    {
        byte[] body = Encoding.ASCII.GetBytes(readable.Replace('|', '\u0001') + "\u0001");
        byte[] head = Encoding.ASCII.GetBytes($"8=FIX.4.4\u00019={body.Length}\u0001");
        byte[] all = [.. head, .. body];
        int sum = 0;
        foreach (byte b in all)
        {
            sum += b;
        }

        return [.. all, .. Encoding.ASCII.GetBytes($"10={sum % 256:000}\u0001")];
    }
}
