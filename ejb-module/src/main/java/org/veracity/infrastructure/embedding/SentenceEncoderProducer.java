package org.veracity.infrastructure.embedding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.hoax.SentenceEncoder;

/** One sentence encoder per application: the model is loaded once, on first use (about a second). */
@ApplicationScoped
public class SentenceEncoderProducer {

    /** Threads one encoding may use: 1 keeps the asynchronous semantic screen from taking every core from intake. */
    @Inject
    @ConfigProperty(name = "veracity.rfh.semantic.threads", defaultValue = "1")
    int threads;

    private volatile MiniLmSentenceEncoder encoder;

    @Produces
    @ApplicationScoped
    SentenceEncoder encoder() {
        return new SentenceEncoder() {
            @Override
            public float[] encode(String text) {
                return model().encode(text);
            }

            @Override
            public int dimensions() {
                return MiniLmSentenceEncoder.DIMENSIONS;
            }
        };
    }

    private MiniLmSentenceEncoder model() {
        MiniLmSentenceEncoder m = encoder;
        if (m == null) {
            synchronized (this) {
                m = encoder;
                if (m == null) {
                    m = new MiniLmSentenceEncoder(threads);
                    encoder = m;
                }
            }
        }
        return m;
    }
}
