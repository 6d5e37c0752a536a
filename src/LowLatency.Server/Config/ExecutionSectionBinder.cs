using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Config;
using LowLatency.Fix.Config;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Model.Orders;
using LowLatency.Rebalancing.Config;
using LowLatency.Server.Config.Portfolio;

namespace LowLatency.Server.Config;

/// <summary>
/// Binds the execution sections of the engine file — <c>[ORDERS]</c>, <c>[RISK]</c>, <c>[LIMITS]</c> (Symbol=* default
/// plus per-symbol overrides), <c>[ROUTER]</c>, <c>[VENUE]</c> (one per FIX session, Name = its TargetCompID) — into an
/// <see cref="ExecutionConfig"/> over the portfolio's instruments.
/// </summary>
internal static class ExecutionSectionBinder
{
    public const string OrdersSection = "ORDERS";
    public const string RiskSection = "RISK";
    public const string LimitsSection = "LIMITS";
    public const string RouterSection = "ROUTER";
    public const string VenueSection = "VENUE";

    public static ExecutionBinding Bind(ConfigBinder binder, PortfolioConfig portfolio, IReadOnlyList<FixSessionSettings> sessions)
    {
        string path = binder.Document.Path;
        var located = new Dictionary<string, SectionReader>(StringComparer.Ordinal);
        OrderSettings orders = Orders(binder, located);
        RiskLimits risk = Risk(binder, located, path);
        RoutingSettings routing = Routing(binder, located);
        (IReadOnlyList<VenueSettings> venues, IReadOnlyList<VenueLink> links) = Venues(binder, located, sessions, path);
        IReadOnlyList<InstrumentSettings> instruments = Limits(binder, located, portfolio, path);
        var config = new ExecutionConfig { Instruments = instruments, Venues = venues, Risk = risk, Orders = orders, Routing = routing };
        return new ExecutionBinding(config, links, located, path);
    }

    private static OrderSettings Orders(ConfigBinder binder, Dictionary<string, SectionReader> located)
    {
        var d = new OrderSettings();
        if (binder.SingleSection(OrdersSection) is not { } section)
        {
            return d;
        }

        SectionReader r = binder.Read(section);
        located["Orders"] = r;
        return new OrderSettings
        {
            ClOrdIdPrefix = r.OptionalString(nameof(d.ClOrdIdPrefix)) ?? d.ClOrdIdPrefix,
            Capacity = r.OptionalInt(nameof(d.Capacity), d.Capacity, 16, 1 << 22),
            AckTimeoutNs = Nanoseconds(r, "AckTimeout", d.AckTimeoutNs),
            MaxInFlightPerOrder = r.OptionalInt(nameof(d.MaxInFlightPerOrder), d.MaxInFlightPerOrder, 1, 2),
            Account = r.OptionalString(nameof(d.Account)) ?? d.Account,
        };
    }

    private static RiskLimits Risk(ConfigBinder binder, Dictionary<string, SectionReader> located, string path)
    {
        IniSection section = binder.SingleSection(RiskSection)
            ?? throw new FixConfigException(path, 0, null, "missing [RISK] section (MaxGrossExposure, MaxOpenOrders, GlobalOrdersPerSecond, GlobalBurst)");
        SectionReader r = binder.Read(section);
        located["Risk"] = r;
        var d = new RiskLimits { MaxGrossExposure = 0, MaxOpenOrders = 0, GlobalOrdersPerSecond = 0, GlobalBurst = 0 };
        return new RiskLimits
        {
            MaxGrossExposure = r.RequireDouble(nameof(d.MaxGrossExposure)),
            MaxOpenOrders = r.RequireInt(nameof(d.MaxOpenOrders), 1, 1_000_000),
            GlobalOrdersPerSecond = r.RequireInt(nameof(d.GlobalOrdersPerSecond), 1, 10_000_000),
            GlobalBurst = r.RequireInt(nameof(d.GlobalBurst), 1, 10_000_000),
            RejectsToTrip = r.OptionalInt(nameof(d.RejectsToTrip), d.RejectsToTrip, 0, 10_000),
            RejectWindowNs = Nanoseconds(r, "RejectWindow", d.RejectWindowNs),
            DuplicateWindowNs = Nanoseconds(r, "DuplicateWindow", d.DuplicateWindowNs),
        };
    }

    private static RoutingSettings Routing(ConfigBinder binder, Dictionary<string, SectionReader> located)
    {
        var d = new RoutingSettings();
        if (binder.SingleSection(RouterSection) is not { } section)
        {
            return d;
        }

        SectionReader r = binder.Read(section);
        located["Routing"] = r;
        return new RoutingSettings
        {
            StaleAfterNs = Nanoseconds(r, "StaleAfter", d.StaleAfterNs),
            PassiveTimeInForce = r.OptionalEnum(nameof(d.PassiveTimeInForce), TimeInForce.Day),
        };
    }

    private static (IReadOnlyList<VenueSettings>, IReadOnlyList<VenueLink>) Venues(
        ConfigBinder binder, Dictionary<string, SectionReader> located, IReadOnlyList<FixSessionSettings> sessions, string path)
    {
        var venues = new List<VenueSettings>();
        var links = new List<VenueLink>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (IniSection section in binder.Sections(VenueSection))
        {
            SectionReader r = binder.Read(section);
            string name = r.RequireString("Name");
            int id = r.RequireInt("Id", 0, 255);
            if (!names.Add(name))
            {
                throw r.Error("Name", $"venue '{name}' is configured twice");
            }

            bool hasSession = false;
            foreach (FixSessionSettings s in sessions)
            {
                hasSession |= string.Equals(s.SessionId.TargetCompID, name, StringComparison.Ordinal);
            }

            if (!hasSession)
            {
                throw r.Error("Name", $"no [SESSION] has TargetCompID={name} (each venue is reached through its own session)");
            }

            located[$"Venues[{name}]"] = r;
            venues.Add(new VenueSettings
            {
                Venue = new VenueId(id),
                Name = name,
                MakerFeeBps = r.OptionalDouble("MakerFeeBps", 0),
                TakerFeeBps = r.OptionalDouble("TakerFeeBps", 0),
                OrdersPerSecond = r.RequireInt("OrdersPerSecond", 1, 1_000_000),
                Burst = r.RequireInt("Burst", 1, 1_000_000),
            });
            links.Add(new VenueLink(links.Count, new VenueId(id), name));
        }

        if (venues.Count == 0)
        {
            throw new FixConfigException(path, 0, null, "no [VENUE] section: name at least one venue (Id, Name = the session's TargetCompID, fees, throttle)");
        }

        return (venues, links);
    }

    private static IReadOnlyList<InstrumentSettings> Limits(ConfigBinder binder, Dictionary<string, SectionReader> located, PortfolioConfig portfolio, string path)
    {
        var bySymbol = new Dictionary<string, SectionReader>(StringComparer.Ordinal);
        foreach (IniSection section in binder.Sections(LimitsSection))
        {
            SectionReader r = binder.Read(section);
            string symbol = r.RequireString("Symbol");
            if (symbol != "*" && !portfolio.Instruments.Any(i => i.Symbol == symbol))
            {
                throw r.Error("Symbol", $"'{symbol}' is not an instrument of portfolio '{portfolio.Name}' (use * for the default)");
            }

            if (!bySymbol.TryAdd(symbol, r))
            {
                throw r.Error("Symbol", $"limits for '{symbol}' are given twice");
            }
        }

        bySymbol.TryGetValue("*", out SectionReader? fallback);
        var result = new List<InstrumentSettings>(portfolio.Instruments.Count);
        foreach (PortfolioInstrumentConfig c in portfolio.Instruments)
        {
            SectionReader r = bySymbol.TryGetValue(c.Symbol, out SectionReader? own) ? own
                : fallback ?? throw new FixConfigException(path, 0, null, $"no [LIMITS] for '{c.Symbol}' and no Symbol=* default");
            located[$"Instruments[{c.Symbol}]"] = r;
            result.Add(new InstrumentSettings
            {
                Instrument = c.ToInstrument(portfolio.UnderlyingIdOf(c)),
                MaxOrderQuantity = Quantity(r, "MaxOrderQuantity"),
                MaxPosition = Quantity(r, "MaxPosition"),
                MaxOrderNotional = r.RequireDouble("MaxOrderNotional"),
                PriceCollarBps = r.RequireDouble("PriceCollarBps"),
                MinOrderQuantity = r.OptionalString("MinOrderQuantity") is null ? default : Quantity(r, "MinOrderQuantity"),
            });
        }

        return result;
    }

    private static Quantity Quantity(SectionReader r, string key) => r.RequireQuantity(key);

    private static long Nanoseconds(SectionReader r, string key, long defaultNs)
    {
        TimeSpan value = r.OptionalDuration(key, TimeSpan.FromTicks(defaultNs / 100));
        return value > TimeSpan.Zero ? (long)(value.Ticks * 100) : throw r.Error(key, $"must be positive, got {value}");
    }
}
