package org.veracity.infrastructure.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.regex.Pattern;
import org.veracity.domain.hoax.SentenceEncoder;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions), run in process by ONNX Runtime from LangChain4j's Maven artifact:
 * the model and tokenizer are inside the jar, nothing is fetched at run time. docs/matching.md says why this model.
 * Links are cut before encoding (they are matched on their own, by canonical URL, and only add noise to meaning).
 * One instance per JVM: the ONNX session is thread-safe and costs about 23 MB plus the runtime.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {

    public static final int DIMENSIONS = 384;
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.|pic\\.twitter\\.com/)\\S*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final EmbeddingModel model;

    public MiniLmSentenceEncoder() {
        // Runs in the calling thread: the executor is only used to split a batch, which we never send.
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
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
