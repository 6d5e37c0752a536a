using LowLatency.Core.Ids;

namespace LowLatency.Server.Config;

/// <summary>
/// Ties a venue of the execution configuration (<see cref="Venue"/>, dense <see cref="Index"/>) to the FIX
/// session that reaches it (<see cref="TargetCompId"/> of its <c>[SESSION]</c>; the <c>[VENUE]</c> Name).
/// </summary>
public sealed record VenueLink(int Index, VenueId Venue, string TargetCompId);
