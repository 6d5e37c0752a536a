using LowLatency.Core.FixedPoint;

namespace LowLatency.Venue.Matching;

/// <summary>An aggregated price level as seen from outside the book: what snapshots (35=W) carry.</summary>
/// <param name="Price">Level price.</param>
/// <param name="Size">Total leaves quantity resting there.</param>
/// <param name="OrderCount">Number of orders resting there.</param>
public readonly record struct BookLevel(Price Price, Quantity Size, int OrderCount);
