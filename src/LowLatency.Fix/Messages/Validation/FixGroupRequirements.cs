using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages.Dictionary;

namespace LowLatency.Fix.Messages.Validation;

/// <summary>Checks that every entry of every repeating group carries the fields its definition requires.</summary>
internal static class FixGroupRequirements
{
    public static FixValidationResult Check(in FixMessage message)
    {
        FixMessageDefinition? definition = message.Definition;
        if (definition is null)
        {
            return FixValidationResult.Valid;
        }

        foreach (FixGroupDefinition group in definition.Groups)
        {
            if (message.TryGetGroup(group.CountTag, out FixGroup instance))
            {
                FixValidationResult result = CheckGroup(instance, group);
                if (!result.IsValid)
                {
                    return result;
                }
            }
        }

        return FixValidationResult.Valid;
    }

    private static FixValidationResult CheckGroup(FixGroup group, FixGroupDefinition definition)
    {
        ReadOnlySpan<int> required = definition.RequiredFields;
        ReadOnlySpan<FixGroupDefinition> nested = definition.NestedGroups;
        foreach (FixGroupEntry entry in group)
        {
            for (int r = 0; r < required.Length; r++)
            {
                if (!entry.Contains(required[r]))
                {
                    return FixValidationResult.Session(SessionRejectReason.RequiredTagMissing, required[r]);
                }
            }

            for (int g = 0; g < nested.Length; g++)
            {
                if (entry.TryGetGroup(nested[g].CountTag, out FixGroup inner))
                {
                    FixValidationResult result = CheckGroup(inner, nested[g]);
                    if (!result.IsValid)
                    {
                        return result;
                    }
                }
            }
        }

        return FixValidationResult.Valid;
    }
}
