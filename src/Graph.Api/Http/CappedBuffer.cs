namespace Graph.Api.Http;

/// <summary>A memory buffer that refuses to grow past a limit, so an answer too large to send is never held whole.</summary>
public sealed class CappedBuffer(long limit) : MemoryStream
{
    public sealed class FullException : IOException;

    public override void Write(byte[] buffer, int offset, int count)
    {
        Check(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        Check(1);
        base.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct)
    {
        Check(count);
        return base.WriteAsync(buffer, offset, count, ct);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
    {
        Check(buffer.Length);
        return base.WriteAsync(buffer, ct);
    }

    private void Check(int count)
    {
        if (Length + count > limit) throw new FullException();
    }
}
