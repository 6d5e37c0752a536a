using LowLatency.Fix.Codec.Framing;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Testing;
using LowLatency.Testing.Fix;
using LowLatency.Venue.Hosting;
using LowLatency.Venue.Tests.Gateway.Support;

namespace LowLatency.Venue.Tests.Gateway;

/// <summary>
/// Zero allocation per order and per 35=X in the gateway after warm-up: the matching thread's duty cycle is driven on
/// the test thread (the agent is not started) with real FIX sessions logged on over loopback, so the measured work is
/// the reader's parse-and-queue, matching, 35=8 encoding, the 35=X to two subscribers (full depth and top 5), the file
/// store and the flush to the sockets.
/// </summary>
public sealed class GatewayAllocationTests : IDisposable
{
    private static readonly string Header = "|52=20260105-09:00:00.000|56=SIMX";

    private readonly DirectoryInfo _stores = Directory.CreateTempSubdirectory("venue-alloc-");
    private readonly VenueHost _host;
    private readonly List<VenueClient> _clients = new();
    private readonly FixParser _parser = new();
    private readonly RunningVenue _venue;

    public GatewayAllocationTests()
    {
        // File stores, as in production: an in-memory store keeps every message and so grows.
        _host = TestHosts.Start(options: TestHosts.Options with { StartAgents = false, InMemory = false, StorePath = _stores.FullName });
        _venue = _host.Venues[0];
        foreach (string compId in new[] { "CLIENT1", "CLIENT2", "CLIENT3" })
        {
            _clients.Add(VenueClient.Connect(_venue, compId));
        }

        _clients[2].Subscribe("FULL", "ACME");
        _clients[2].Subscribe("TOP5", "BTC", depth: 5);
        Assert.True(Wait.Until(() => { _venue.Agent.DoWork(); return _venue.Stats.SnapshotsSent == 2; }, VenueClient.Timeout));
    }

    [Fact]
    public void OrdersCancelsReplacesFillsAndIncrementalsAllocateNothingAfterWarmUp()
    {
        // One round leaves the books empty again, so it can repeat forever with the same ids.
        (int Session, byte[] Frame)[] round =
        [
            (0, Frame("CLIENT1", "35=D|11=B|55=ACME|54=1|60=20260105-09:00:00.000|38=5|40=2|44=99.00|59=1")),
            (0, Frame("CLIENT1", "35=G|11=B2|41=B|55=ACME|54=1|60=20260105-09:00:00.000|38=6|40=2|44=99.50")),
            (0, Frame("CLIENT1", "35=F|11=C|41=B2|55=ACME|54=1|60=20260105-09:00:00.000")),
            (0, Frame("CLIENT1", "35=D|11=S|55=ACME|54=2|60=20260105-09:00:00.000|38=3|40=2|44=100.00|59=1")),
            (1, Frame("CLIENT2", "35=D|11=T|55=ACME|54=1|60=20260105-09:00:00.000|38=3|40=2|44=100.00|59=3")),
            (0, Frame("CLIENT1", "35=D|11=X|55=BTC|54=2|60=20260105-09:00:00.000|38=0.002|40=2|44=30000.0|59=1")),
            (1, Frame("CLIENT2", "35=D|11=Y|55=BTC|54=1|60=20260105-09:00:00.000|38=0.002|40=1|59=3")),
            (0, Frame("CLIENT1", "35=H|11=NONE|55=ACME|54=1")),
        ];
        long reportsBefore = _venue.Stats.ExecutionReportsSent;
        long marketDataBefore = _venue.Stats.MarketDataMessagesSent;

        long bytes = Allocations.MeasureSteadyState(() =>
        {
            foreach ((int session, byte[] frame) in round)
            {
                _parser.TryParse(frame, out FixMessage message);
                _venue.Inbound.OnMessage(session, in message);
            }

            _venue.Agent.DoWork();
        });

        Assert.Equal(0, bytes);
        Assert.True(_venue.Stats.ExecutionReportsSent - reportsBefore > 10_000, "every round sends its reports");
        Assert.True(_venue.Stats.MarketDataMessagesSent - marketDataBefore > 5_000, "every round publishes incrementals");
        Assert.Equal(0, _venue.Stats.OrdersRejected);
        Assert.Equal(0, _venue.Stats.UndeliverableMessages);
        Assert.All(_venue.Gateway.Engine.Books.ToArray(), book => Assert.Equal(0, book.OpenOrderCount));
    }

    public void Dispose()
    {
        foreach (VenueClient client in _clients)
        {
            client.Dispose();
        }

        _host.Dispose();
        _stores.Delete(recursive: true);
    }

    private static byte[] Frame(string sender, string body)
    {
        int type = body.IndexOf('|', StringComparison.Ordinal);
        byte[] frame = FixMessageBuilder.Valid($"{body[..type]}|34=2|49={sender}{Header}{body[type..]}");
        Assert.Equal(FrameStatus.Complete, FixFramer.Frame(frame).Status);
        return frame;
    }
}
