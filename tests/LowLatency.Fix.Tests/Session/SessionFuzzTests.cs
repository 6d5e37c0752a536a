using System.Text;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Messages.Validation;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>
/// Valid messages of every type, mutated at random (bytes flipped, inserted, deleted; fields duplicated, dropped,
/// swapped, garbled; MsgSeqNum, CompIDs, BeginString, PossDupFlag tampered), sent to a logged-on session. After each,
/// a probe (SequenceReset-Reset, then a TestRequest) must be answered — or the session must have logged out or
/// disconnected, after which a new logon must work. Nothing may escape a thread, and the application may only ever
/// see messages that pass validation.
/// </summary>
public sealed class SessionFuzzTests
{
    private static readonly string[] Bodies = FixFixtures.All.Select(f => f.Fields[(f.Fields.IndexOf("|56=", StringComparison.Ordinal) + 1)..])
        .Select(f => f[(f.IndexOf('|', StringComparison.Ordinal) + 1)..])
        .ToArray();

    private static readonly byte[] Filler = Enumerable.Repeat((byte)'x', 70 * 1024).ToArray();

    private static readonly string[] MsgTypes = FixFixtures.All.Select(f => f.MsgType).ToArray();

    public static TheoryData<SessionMode, int, int> Runs => new()
    {
        { SessionMode.AcceptorInMemory, 1500, 11 },
        { SessionMode.InitiatorInMemory, 1500, 12 },
        { SessionMode.AcceptorOverSockets, 300, 13 },
        { SessionMode.InitiatorOverSockets, 300, 14 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void MutatedMessagesNeverBreakTheSession(SessionMode mode, int count, int seed) => Run(mode, count, seed);

    [Fact(Explicit = true)]
    public void FiftyThousandMutatedMessagesOverSocketsNeverBreakTheSession() => Run(SessionMode.AcceptorOverSockets, 50_000, 99);

    private static void Run(SessionMode mode, int count, int seed)
    {
        var random = new Random(seed);
        using var h = new SessionHarness(mode);
        h.LogOn();
        int logouts = 0;
        int reconnects = 0;
        for (int i = 0; i < count; i++)
        {
            int type = random.Next(Bodies.Length);
            byte[] valid = FixMessageBuilder.Valid(h.Peer.Header(MsgTypes[type], h.Peer.NextSeqNum++) + "|" + Bodies[type]);
            byte[] mutated = Mutate(valid, random);
            h.Peer.SendRaw(mutated);
            string context = $"seed {seed}, message {i}: {FixText.ToReadable(mutated)}";
            for (int attempt = 0; ; attempt++)
            {
                Assert.True(attempt < 4, "no answer to the probe after " + context);
                // First window short (the common "waiting for the rest of a too-long BodyLength" case costs one
                // window), later ones longer, so a starved reader thread on a loaded 2-core box is not a failure.
                TimeSpan window = TimeSpan.FromMilliseconds(attempt == 0 ? 300 : 1500 * attempt);
                ProbeOutcome outcome = Probe(h, 1000 + (i * 10) + attempt, window);
                if (outcome == ProbeOutcome.Answered)
                {
                    break;
                }

                if (outcome == ProbeOutcome.NoAnswer)
                {
                    // A BodyLength made larger than the message makes the engine wait for the rest (FIX framing
                    // cannot know better): bytes that complete the claimed length turn it into a garbled frame.
                    h.Peer.SendRaw(Filler);
                }
                else if (outcome == ProbeOutcome.Disconnected)
                {
                    logouts += h.Peer.History.Any(m => m.MsgType == "5") ? 1 : 0;
                    reconnects++;
                    Reconnect(h);
                }
            }
        }

        string[] failures = h.Log.Events.Concat(h.EngineLog.Events).Where(e => e.Contains(" failed:", StringComparison.Ordinal)).ToArray();
        Assert.True(failures.Length == 0, "an exception escaped: " + string.Join(" / ", failures));
        AssertDeliveredMessagesAreValid(h);
        Assert.True(reconnects < count / 2, $"{reconnects} reconnects: most mutations should be dropped or rejected, not fatal");
        Assert.True(logouts <= reconnects);
    }

    private enum ProbeOutcome
    {
        Answered,
        NoAnswer,
        Disconnected,
    }

    /// <summary>SequenceReset-Reset to <paramref name="probe"/>, then TestRequest numbered <paramref name="probe"/>: the Heartbeat echo proves the session is alive and in step.</summary>
    private static ProbeOutcome Probe(SessionHarness h, int probe, TimeSpan window)
    {
        if (h.Peer.IsClosed)
        {
            return ProbeOutcome.Disconnected;
        }

        string id = "PROBE-" + probe;
        h.Peer.Send("4", $"36={probe}", seq: probe);
        h.Peer.Send("1", "112=" + id, seq: probe);
        h.Peer.NextSeqNum = probe + 1;
        TimeSpan wait = window;
        while (h.Peer.TryReceive(wait, out PeerMessage? message))
        {
            if (message.MsgType == "2")
            {
                wait = TimeSpan.FromMilliseconds(30); // the probe's SequenceReset was swallowed by a garbled frame: retry soon
            }

            if (message.MsgType == "0" && message[112] == id)
            {
                return ProbeOutcome.Answered;
            }

            if (message.MsgType == "5")
            {
                Assert.True(h.Peer.WaitForDisconnect(), "a Logout must be followed by a disconnect");
                return ProbeOutcome.Disconnected;
            }
        }

        return h.Peer.IsClosed ? ProbeOutcome.Disconnected : ProbeOutcome.NoAnswer;
    }

    private static void Reconnect(SessionHarness h)
    {
        Assert.True(h.WaitDisconnected());
        h.Connect();
        if (h.Role == ConnectionType.Acceptor)
        {
            h.Peer.SendLogon(resetSeqNumFlag: true);
            h.Peer.Expect("A");
        }
        else
        {
            h.Peer.Expect("A");
            h.Peer.Send("A", "98=0|108=30|141=Y");
        }

        Assert.True(Testing.Wait.Until(() => h.Session.IsLoggedOn, SessionHarness.Timeout), string.Join(" / ", h.Log.Events.TakeLast(5)));
    }

    private static void AssertDeliveredMessagesAreValid(SessionHarness h)
    {
        var parser = new FixParser();
        var validator = new FixValidator();
        foreach (string delivered in h.Recorder.Messages)
        {
            Assert.True(parser.TryParse(FixText.ToBytes(delivered), out FixMessage message), delivered);
            Assert.True(validator.Validate(message).IsValid, "delivered but invalid: " + delivered);
        }
    }

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var bytes = new List<byte>(valid);
        string text = Encoding.ASCII.GetString(valid);
        List<string> fields = text.Split('\u0001', StringSplitOptions.RemoveEmptyEntries).ToList();
        switch (random.Next(12))
        {
            case 0:
                bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                return bytes.ToArray();
            case 1:
                int at = random.Next(bytes.Count);
                bytes.RemoveRange(at, Math.Min(1 + random.Next(5), bytes.Count - at));
                return bytes.ToArray();
            case 2:
                bytes.InsertRange(random.Next(bytes.Count), Enumerable.Range(0, 1 + random.Next(5)).Select(_ => (byte)"0123456789=|\u0001AZ"[random.Next(15)]));
                return bytes.ToArray();
            case 3:
                return Rebuild(fields, f => f.Insert(3 + random.Next(f.Count - 4), f[3 + random.Next(f.Count - 4)]));
            case 4:
                return Rebuild(fields, f => f.RemoveAt(3 + random.Next(f.Count - 4)));
            case 5:
                return Rebuild(fields, f =>
                {
                    int i = 3 + random.Next(f.Count - 4);
                    f[i] = f[i][..(f[i].IndexOf('=', StringComparison.Ordinal) + 1)] + new string((char)random.Next('!', '~'), random.Next(4));
                });
            case 6:
                return Rebuild(fields, f => Replace(f, "34=", random.Next(-1, 3000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            case 7:
                return Rebuild(fields, f => Replace(f, random.Next(2) == 0 ? "49=" : "56=", "X" + random.Next(9)));
            case 8:
                return Rebuild(fields, f =>
                {
                    int a = 2 + random.Next(f.Count - 3);
                    int b = 2 + random.Next(f.Count - 3);
                    (f[a], f[b]) = (f[b], f[a]);
                });
            case 9:
                return Rebuild(fields, f => f.Insert(5, random.Next(2) == 0 ? "43=Y" : "43=Y\u0001122=20991231-00:00:00"));
            case 10:
                return Rebuild(fields, f => f[0] = "8=FIX.4." + random.Next(10));
            default:
                return bytes.Take(random.Next(bytes.Count)).ToArray(); // truncated: the next bytes land in its frame
        }
    }

    /// <summary>Applies an edit to the fields between 9= and 10=, then rebuilds 9= and 10= so the frame itself is valid.</summary>
    private static byte[] Rebuild(List<string> fields, Action<List<string>> edit)
    {
        string beginString = fields[0];
        List<string> body = fields.Skip(2).Take(fields.Count - 3).ToList();
        var all = new List<string> { beginString, "9=0" };
        all.AddRange(body);
        all.Add("10=000");
        edit(all);
        string begin = all[0].StartsWith("8=", StringComparison.Ordinal) ? all[0][2..] : "FIX.4.4";
        string fieldsText = string.Join('|', all.Where(f => !f.StartsWith("8=", StringComparison.Ordinal) && !f.StartsWith("9=", StringComparison.Ordinal) && !f.StartsWith("10=", StringComparison.Ordinal)));
        return new FixMessageBuilder { BeginString = begin }.Build(fieldsText.Replace('\u0001', '|'));
    }

    private static void Replace(List<string> fields, string prefix, string value)
    {
        int i = fields.FindIndex(f => f.StartsWith(prefix, StringComparison.Ordinal));
        if (i >= 0)
        {
            fields[i] = prefix + value;
        }
    }
}
