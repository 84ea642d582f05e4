package org.veracity.it.support;

import java.time.Instant;
import java.util.List;

/**
 * What OpenApiClientIT asks of the Java client that openapi-generator makes from the document the running WAR
 * serves. The implementation, {@code src/test/openapi-client/.../GeneratedClientDriver.java}, is compiled against
 * that generated code during the test, so a lost operation, schema or property fails its compilation.
 */
public interface GeneratedClient {

    /** A post as an integrator's platform knows it; {@code postedAt} is sent as written. */
    record Post(String id, String url, String text, String authorId, String region, String postedAt, long views) {
    }

    /** One entry of an intake answer. */
    record Result(String id, String status, List<String> errorFields) {
    }

    /** One entry of a distribution answer. */
    record Answer(String id, double multiplier, boolean adsAllowed, List<String> labels) {
    }

    /** A refused call: the status and the problem document the generated model read from the body. */
    record Refusal(int status, String contentType, String detail, List<String> errorFields) {
    }

    List<Result> submitContent(List<Post> posts);

    Result submitSignal(String signalId, String contentId, String kind, int count, Instant at);

    List<Answer> distribution(List<String> ids);

    String prepublishDecision(Post post);

    Refusal prepublishRefusal(Post post);

    /** The ids in the caller's organisation's open queue, following the cursor through every page. */
    List<String> queue(int pageSize);

    String claim(String itemId);

    Refusal claimRefusal(String itemId);

    long rate(String itemId, String verdict, String claim, String articleUrl, String summary);

    /** The verdicts of the item's ratings, as {@code GET /api/v1/content/{id}} lists them. */
    List<String> ratings(String itemId);

    Refusal contentRefusal(String itemId);
}
