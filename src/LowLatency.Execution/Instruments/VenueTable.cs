using System.Runtime.CompilerServices;
using LowLatency.Core.Ids;
using LowLatency.Execution.Config;

namespace LowLatency.Execution.Instruments;

/// <summary>The configured venues as a dense array (index 0..Count-1, at most 16) with O(1) lookup by id. Immutable.</summary>
public sealed class VenueTable
{
    private readonly VenueInfo[] _items;
    private readonly int[] _byId;

    public VenueTable(IReadOnlyList<VenueSettings> venues)
    {
        ArgumentNullException.ThrowIfNull(venues);
        _items = new VenueInfo[venues.Count];
        int maxId = 0;
        foreach (VenueSettings v in venues)
        {
            maxId = Math.Max(maxId, v.Venue.Value);
        }

        _byId = new int[maxId + 1];
        Array.Fill(_byId, -1);
        for (int i = 0; i < venues.Count; i++)
        {
            VenueSettings v = venues[i];
            if (_byId[v.Venue.Value] >= 0)
            {
                Core.ThrowHelper.ThrowArgument(nameof(venues), $"venue id {v.Venue.Value} is listed twice");
            }

            _items[i] = new VenueInfo(v.Venue, v.Name, v.MakerFeeBps, v.TakerFeeBps, v.OrdersPerSecond, v.Burst);
            _byId[v.Venue.Value] = i;
        }
    }

    public int Count => _items.Length;

    public ref readonly VenueInfo this[int index] => ref _items[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetIndex(VenueId id, out int index)
    {
        int[] byId = _byId;
        if ((uint)id.Value < (uint)byId.Length)
        {
            index = byId[id.Value];
            return index >= 0;
        }

        index = -1;
        return false;
    }
}
