package org.veracity.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies larger than {@code veracity.api.max-request-bytes} with 413 before anything
 * parses them: at once when {@code Content-Length} says so, and while reading a chunked body as soon as
 * it passes the limit ({@link StrictBodies} reads every body through this count first).
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "veracity.api.max-request-bytes")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, describe(maxBytes)).toResponse());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Counted(request.getEntityStream(), maxBytes));
        }
    }

    static ClientErrorException tooLarge(long maxBytes) {
        return new ClientErrorException(describe(maxBytes), Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private static String describe(long maxBytes) {
        return "the request body is larger than " + maxBytes + " bytes; send smaller batches";
    }

    /** Counts what is read and fails with 413 at the first byte past the limit. */
    static final class Counted extends FilterInputStream {

        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
