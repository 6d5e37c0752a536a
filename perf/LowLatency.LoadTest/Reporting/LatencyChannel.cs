using HdrHistogram;

namespace LowLatency.LoadTest.Reporting;

/// <summary>One latency series of a step: its name, what it measures, its percentiles and (when the harness recorded it) the histogram.</summary>
public sealed record LatencyChannel(string Name, string Description, LatencyStats Stats, HistogramBase? Histogram = null);
