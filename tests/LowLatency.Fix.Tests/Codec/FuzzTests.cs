using LowLatency.Fix.Codec.Framing;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages.Validation;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Codec;

// Mutates valid messages (seeded, reproducible) and drives them through framer → parser → validator the way
// the session will. Nothing may throw, every step makes progress, and every outcome is one of: complete frame
// (valid, session reject with a reason, business reject), garbled (dropped), or need-more-data.
public class FuzzTests
{
    private static readonly byte[][] Seeds = [.. FixFixtures.All.Select(f => FixMessageBuilder.Valid(f.Fields))];
    private static readonly byte[] Heartbeat = FixMessageBuilder.Valid(FixFixtures.Heartbeat(99));

    [Fact]
    public void TwentyThousandMutatedMessagesNeverEscapeTheCodec() => Run(seed: 20260105, iterations: 20_000);

    [Fact(Explicit = true)]
    public void TwoMillionMutatedMessagesNeverEscapeTheCodec() => Run(seed: 7, iterations: 2_000_000);

    private static void Run(int seed, int iterations)
    {
        var random = new Random(seed);
        var parser = new FixParser();
        var validator = new FixValidator();
        var outcomes = new int[6];
        int recovered = 0;
        for (int i = 0; i < iterations; i++)
        {
            byte[] mutated = Mutate(Seeds[random.Next(Seeds.Length)], random);
            byte[] stream = [.. mutated, .. Heartbeat, .. Heartbeat];
            int offset = 0;
            bool sawHeartbeat = false;
            while (offset < stream.Length)
            {
                ReadOnlySpan<byte> rest = stream.AsSpan(offset);
                FrameResult frame = FixFramer.Frame(rest);
                if (frame.Status == FrameStatus.NeedMoreData)
                {
                    outcomes[0]++;
                    break;
                }

                Assert.InRange(frame.Length, 1, rest.Length);
                if (frame.Status == FrameStatus.Garbled)
                {
                    outcomes[1]++;
                }
                else if (!parser.TryParse(rest[..frame.Length], out FixMessage message))
                {
                    outcomes[2]++;
                }
                else
                {
                    sawHeartbeat |= rest[..frame.Length].SequenceEqual(Heartbeat);
                    FixValidationResult result = validator.Validate(message);
                    outcomes[3 + (int)result.Outcome]++;
                    if (result.Outcome == FixValidationOutcome.SessionReject)
                    {
                        Assert.True(Enum.IsDefined(result.SessionRejectReason), result.ToString());
                    }
                }

                offset += frame.Length;
            }

            recovered += sawHeartbeat ? 1 : 0;
        }

        // Resynchronisation: the valid message after a corrupted one is found almost always (a mutated
        // BodyLength that claims more than the buffer holds legitimately waits for more data).
        Assert.True(recovered > iterations * 0.9, $"recovered {recovered} of {iterations}");
        Assert.All(outcomes.Skip(1), count => Assert.True(count > 0, string.Join(",", outcomes)));
    }

    internal static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        int mutations = 1 + random.Next(3);
        for (int m = 0; m < mutations && bytes.Count > 0; m++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 2:
                    bytes.RemoveAt(at);
                    break;
                case 3:
                    bytes[at] = (byte)('0' + random.Next(10));
                    break;
                case 4:
                    bytes.Insert(at, 1);
                    break;
                case 5:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 20)));
                    break;
                case 6:
                    int from = random.Next(bytes.Count);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(bytes.Count - from, random.Next(1, 12))));
                    break;
                default:
                    bytes[at] = (byte)"=|0123456789ABYN-."[random.Next(18)];
                    break;
            }
        }

        byte[] result = [.. bytes];
        // Half the time keep the frame honest so mutations reach the parser and validator, not just the framer.
        return random.Next(2) == 0 ? Reframe(result) : result;
    }

    private static byte[] Reframe(byte[] mutated)
    {
        string readable = FixText.ToReadable(mutated);
        int body = readable.IndexOf("|35=", StringComparison.Ordinal);
        int trailer = readable.LastIndexOf("|10=", StringComparison.Ordinal);
        return body < 0 || trailer <= body ? mutated : FixMessageBuilder.Valid(readable[(body + 1)..trailer]);
    }
}
