using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Session;

namespace LowLatency.Fix.Tests.Session;

/// <summary>The test application: a struct (as the engine requires) forwarding every callback to a shared recorder.</summary>
public readonly struct RecordingApplication(ApplicationRecorder recorder) : IFixApplication
{
    public ApplicationRecorder Recorder { get; } = recorder;

    public void OnLogon(FixSession session) => Recorder.RecordLogon();

    public void OnLogout(FixSession session) => Recorder.RecordLogout();

    public void OnMessage(FixSession session, in FixMessage message) => Recorder.RecordMessage(session, in message);

    public void OnReject(FixSession session, in FixMessage reject) => Recorder.RecordReject(in reject);
}
