using System.Globalization;

namespace LowLatency.Venue.Tests.Gateway.Support;

/// <summary>
/// Seeded random order flow sent over FIX by several clients on ACME (tick 0.01, lot 1) and BTC (tick 0.5, lot 0.001):
/// resting limit orders around a mid, crossing IOCs, market orders, cancels and replaces of earlier orders (some of
/// them no longer live: the venue answers those with 35=9, which is part of the flow). Ends by waiting until the venue
/// has answered every request.
/// </summary>
internal sealed class FixOrderFlow(int seed, params VenueClient[] clients)
{
    private readonly Random _random = new(seed);
    private readonly List<(VenueClient Client, string Id, string Symbol, char Side)> _sent = new();
    private int _next;

    public void Run(int requests)
    {
        for (int i = 0; i < requests; i++)
        {
            VenueClient client = clients[_random.Next(clients.Length)];
            bool btc = _random.Next(4) == 0;
            string symbol = btc ? "BTC" : "ACME";
            char side = _random.Next(2) == 0 ? '1' : '2';
            string id = $"F{seed}-{_next++}";
            int roll = _random.Next(100);
            if (roll < 15 && _sent.Count > 0)
            {
                var target = _sent[_random.Next(_sent.Count)];
                target.Client.SendCancel(id, target.Id, target.Symbol, target.Side);
            }
            else if (roll < 28 && _sent.Count > 0)
            {
                var target = _sent[_random.Next(_sent.Count)];
                target.Client.SendReplace(id, target.Id, target.Symbol, target.Side, Quantity(target.Symbol == "BTC"), Price(target.Symbol == "BTC", target.Side, passive: true));
                _sent.Add((target.Client, id, target.Symbol, target.Side));
            }
            else if (roll < 42)
            {
                client.SendOrder(id, symbol, side, Quantity(btc), Price(btc, side, passive: false), timeInForce: '3');
            }
            else if (roll < 46)
            {
                client.SendOrder(id, symbol, side, Quantity(btc), price: null, ordType: '1', timeInForce: '3');
            }
            else
            {
                client.SendOrder(id, symbol, side, Quantity(btc), Price(btc, side, passive: _random.Next(5) != 0), timeInForce: '1');
                _sent.Add((client, id, symbol, side));
            }
        }

        // Every client's last request answered: everything before it was processed too (one ordered queue per venue).
        foreach (VenueClient client in clients)
        {
            string id = $"F{seed}-SYNC-{_next++}";
            client.SendStatusRequest(id, "ACME", '1');
            client.WaitForReport(id, 'I', TimeSpan.FromSeconds(20));
        }
    }

    private string Quantity(bool btc) => btc
        ? (_random.Next(1, 40) / 1000.0).ToString("0.000", CultureInfo.InvariantCulture)
        : _random.Next(1, 15).ToString(CultureInfo.InvariantCulture);

    /// <summary>Passive prices sit on their own side of the mid (up to 12 ticks away); aggressive ones reach 3 ticks through it.</summary>
    private string Price(bool btc, char side, bool passive)
    {
        int ticks = passive ? _random.Next(0, 12) : -_random.Next(0, 4);
        int signed = side == '1' ? -ticks - 1 : ticks + 1;
        return btc
            ? (30000.0 + (signed * 0.5)).ToString("0.0", CultureInfo.InvariantCulture)
            : (100.00 + (signed * 0.01)).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
