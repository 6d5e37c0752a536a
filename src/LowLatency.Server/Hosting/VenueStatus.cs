using LowLatency.Fix.Session;

namespace LowLatency.Server.Hosting;

/// <summary>A venue as the server sees it right now (copied on request: safe from any thread).</summary>
public readonly record struct VenueStatus(string Name, FixSessionStatus Session, bool Connected, bool KillSwitch, long MarketDataUpdates, int Subscriptions);
