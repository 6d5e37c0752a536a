namespace LowLatency.Fix.Tests.Session;

/// <summary>Theory data: every mode of <see cref="SessionMode"/>.</summary>
public static class SessionModes
{
    public static TheoryData<SessionMode> All => new(Enum.GetValues<SessionMode>());
}
