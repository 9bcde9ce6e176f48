package org.bamboograph.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * An output stream onto a chunked HTTP response, for a worker thread: it hands the response 64 KiB at a time and,
 * while the client reads slower than the export writes, waits for the response's queue to drain, so an export holds
 * one buffer in memory however long it is. Past its deadline it fails, which ends the export.
 */
final class ResponseStream extends OutputStream {

    private static final int CHUNK = 64 * 1024;

    private final HttpServerResponse response;
    private final long deadline;
    private final byte[] buffer = new byte[CHUNK];
    private int count;

    ResponseStream(HttpServerResponse response, long deadlineNanos) {
        this.response = response;
        this.deadline = deadlineNanos;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == CHUNK) {
            flush();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (count == CHUNK) {
                flush();
            }
            int n = Math.min(length, CHUNK - count);
            System.arraycopy(bytes, offset, buffer, count, n);
            count += n;
            offset += n;
            length -= n;
        }
    }

    /** Whether the export has run past its time. */
    boolean expired() {
        return System.nanoTime() - deadline >= 0;
    }

    @Override
    public void flush() throws IOException {
        if (count == 0) {
            return;
        }
        if (expired()) {
            throw new ExportTimeout();
        }
        if (response.closed()) {
            throw new IOException("the client went away");
        }
        if (response.writeQueueFull()) {
            CountDownLatch drained = new CountDownLatch(1);
            response.drainHandler(v -> drained.countDown());
            try {
                if (!response.writeQueueFull()) {
                    drained.countDown();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !drained.await(left, TimeUnit.NANOSECONDS)) {
                    throw new ExportTimeout();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
        }
        response.write(Buffer.buffer(java.util.Arrays.copyOf(buffer, count)));
        count = 0;
    }

    /** The export ran past the time one request may take. */
    static final class ExportTimeout extends IOException {
        ExportTimeout() {
            super("the export ran past its time");
        }
    }
}
