package org.veracity.infrastructure.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.veracity.domain.hoax.SentenceEncoder;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions), run in process by ONNX Runtime from LangChain4j's Maven artifact:
 * the model and tokenizer are inside the jar, nothing is fetched at run time. docs/matching.md says why this model.
 * Links are cut before encoding (they are matched on their own, by canonical URL, and only add noise to meaning).
 * One instance per JVM: the ONNX session is thread-safe and costs about 23 MB plus the runtime.
 * <p>
 * The session is built here rather than by LangChain4j's {@link AllMiniLmL6V2QuantizedEmbeddingModel} (whose class
 * is never initialised, so its own session is never loaded) because that one spreads each encoding over every core:
 * on a small machine the semantic backlog, which is asynchronous by design, then takes the cores intake needs
 * (issue 15). The number of threads one encoding may use is configuration (veracity.rfh.semantic.threads).
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {

    public static final int DIMENSIONS = 384;
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.|pic\\.twitter\\.com/)\\S*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final EmbeddingModel model;

    /** With ONNX Runtime's default threads: one per core (the evaluation tools). */
    public MiniLmSentenceEncoder() {
        this(0);
    }

    /** @param threads how many threads one encoding may use; 0 leaves it to ONNX Runtime (one per core) */
    public MiniLmSentenceEncoder(int threads) {
        OnnxBertBiEncoder encoder = load(threads);
        // Runs in the calling thread: the executor is only used to split a batch, which we never send.
        this.model = new AbstractInProcessEmbeddingModel(Runnable::run) {
            @Override
            protected OnnxBertBiEncoder model() {
                return encoder;
            }

            @Override
            protected Integer knownDimension() {
                return DIMENSIONS;
            }
        };
    }

    private static OnnxBertBiEncoder load(int threads) {
        ClassLoader jar = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream onnx = jar.getResourceAsStream(MODEL); InputStream tokenizer = jar.getResourceAsStream(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (onnx == null || tokenizer == null) {
                throw new IllegalStateException("the MiniLM model is not on the class path (" + MODEL + ")");
            }
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            return new OnnxBertBiEncoder(environment, environment.createSession(onnx.readAllBytes(), options), tokenizer,
                    PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime refused the MiniLM model: " + e.getMessage(), e);
        }
    }

    @Override
    public float[] encode(String text) {
        String clean = SPACE.matcher(LINK.matcher(text == null ? "" : text).replaceAll(" ")).replaceAll(" ").strip();
        float[] vector = model.embed(TextSegment.from(clean.isEmpty() ? "." : clean)).content().vector();
        double norm = 0;
        for (float x : vector) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) (vector[i] / norm);
            }
        }
        return vector;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }
}
