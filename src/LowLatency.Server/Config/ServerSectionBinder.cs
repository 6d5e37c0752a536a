using System.Numerics;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using LowLatency.Server.Config.Portfolio;

namespace LowLatency.Server.Config;

/// <summary>Binds <c>[SERVER]</c> and <c>[ANALYTICS]</c> (both optional: absent means the defaults), range-checking every value at its line.</summary>
internal static class ServerSectionBinder
{
    public const string ServerSection = "SERVER";
    public const string AnalyticsSection = "ANALYTICS";

    public static ServerSettings BindServer(ConfigBinder binder)
    {
        var d = new ServerSettings();
        IniSection? section = binder.SingleSection(ServerSection);
        if (section is null)
        {
            return d;
        }

        SectionReader r = binder.Read(section);
        var s = new ServerSettings
        {
            InboundRingSize = RingSize(r, nameof(d.InboundRingSize), d.InboundRingSize),
            OutboundRingSize = RingSize(r, nameof(d.OutboundRingSize), d.OutboundRingSize),
            WaitStrategy = r.OptionalEnum(nameof(d.WaitStrategy), d.WaitStrategy),
            TimerInterval = Duration(r, nameof(d.TimerInterval), d.TimerInterval, TimeSpan.FromMilliseconds(0.1), TimeSpan.FromSeconds(1)),
            DecideAllInterval = Duration(r, nameof(d.DecideAllInterval), d.DecideAllInterval, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1)),
            AnalyticsInterval = Duration(r, nameof(d.AnalyticsInterval), d.AnalyticsInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1)),
            StatsInterval = Duration(r, nameof(d.StatsInterval), d.StatsInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1)),
            DashboardInterval = Duration(r, nameof(d.DashboardInterval), d.DashboardInterval, TimeSpan.Zero, TimeSpan.FromHours(1)),
            MetricsPort = r.OptionalInt(nameof(d.MetricsPort), d.MetricsPort, 0, ushort.MaxValue),
            JournalPath = r.OptionalString(nameof(d.JournalPath)) ?? d.JournalPath,
            JournalFsync = r.OptionalEnum(nameof(d.JournalFsync), d.JournalFsync),
            JournalFsyncInterval = Duration(r, nameof(d.JournalFsyncInterval), d.JournalFsyncInterval, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1)),
            RecordInbound = r.OptionalBool(nameof(d.RecordInbound), d.RecordInbound),
            DecisionCpu = Cpu(r, nameof(d.DecisionCpu)),
            MarketDataCpu = Cpu(r, nameof(d.MarketDataCpu)),
            SenderCpu = Cpu(r, nameof(d.SenderCpu)),
            JournalCpu = Cpu(r, nameof(d.JournalCpu)),
            ShutdownTimeout = Duration(r, nameof(d.ShutdownTimeout), d.ShutdownTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5)),
        };
        if (string.IsNullOrWhiteSpace(s.JournalPath))
        {
            throw r.Error(nameof(d.JournalPath), "must name a directory");
        }

        return s;
    }

    public static AnalyticsOptions BindAnalytics(ConfigBinder binder)
    {
        var d = new AnalyticsOptions();
        IniSection? section = binder.SingleSection(AnalyticsSection);
        if (section is null)
        {
            return d;
        }

        SectionReader r = binder.Read(section);
        var a = new AnalyticsOptions
        {
            Enabled = r.OptionalBool(nameof(d.Enabled), d.Enabled),
            Confidence = r.OptionalDouble(nameof(d.Confidence), d.Confidence),
            Correlation = r.OptionalDouble(nameof(d.Correlation), d.Correlation),
            MonteCarloPaths = r.OptionalInt(nameof(d.MonteCarloPaths), d.MonteCarloPaths, 0, 1_000_000),
            Seed = (ulong)r.OptionalInt(nameof(d.Seed), (int)d.Seed, 0, int.MaxValue),
        };
        if (!(a.Confidence > 0.5 && a.Confidence < 1))
        {
            throw r.Error(nameof(d.Confidence), $"must be in (0.5, 1), got {a.Confidence}");
        }

        if (!(a.Correlation > -1 && a.Correlation < 1))
        {
            throw r.Error(nameof(d.Correlation), $"must be in (-1, 1), got {a.Correlation}");
        }

        return a;
    }

    private static int RingSize(SectionReader r, string key, int defaultValue)
    {
        int size = r.OptionalInt(key, defaultValue, 16, 1 << 24);
        return BitOperations.IsPow2(size) ? size : throw r.Error(key, $"must be a power of two (e.g. 4096), got {size}");
    }

    private static int Cpu(SectionReader r, string key) => r.OptionalInt(key, -1, -1, 1023);

    private static TimeSpan Duration(SectionReader r, string key, TimeSpan defaultValue, TimeSpan min, TimeSpan max)
    {
        TimeSpan value = r.OptionalDuration(key, defaultValue);
        return value >= min && value <= max ? value : throw r.Error(key, $"must be between {min} and {max}, got {value}");
    }
}
