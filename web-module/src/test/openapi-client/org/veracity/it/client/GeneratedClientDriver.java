package org.veracity.it.client;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import org.veracity.client.ApiClient;
import org.veracity.client.ApiException;
import org.veracity.client.api.ContentApi;
import org.veracity.client.api.DistributionApi;
import org.veracity.client.api.FactcheckApi;
import org.veracity.client.api.PrepublishApi;
import org.veracity.client.api.SignalsApi;
import org.veracity.client.model.AuthorKind;
import org.veracity.client.model.ContentBatch;
import org.veracity.client.model.ContentItem;
import org.veracity.client.model.DistributionRequest;
import org.veracity.client.model.FieldError;
import org.veracity.client.model.IntakeResult;
import org.veracity.client.model.Label;
import org.veracity.client.model.PrepublishItem;
import org.veracity.client.model.Problem;
import org.veracity.client.model.QueueEntry;
import org.veracity.client.model.QueuePage;
import org.veracity.client.model.RatingBody;
import org.veracity.client.model.RatingEntry;
import org.veracity.client.model.Signal;
import org.veracity.client.model.SignalBatch;
import org.veracity.client.model.SignalKind;
import org.veracity.client.model.Verdict;
import org.veracity.it.support.GeneratedClient;

/**
 * An integrator's code, written against the client openapi-generator made from the served document (packages
 * org.veracity.client.*). OpenApiClientIT compiles it together with that client during the test; it is not part of
 * the Maven test sources because the client does not exist before the WAR runs.
 */
public class GeneratedClientDriver implements GeneratedClient {

    private final ApiClient client;

    public GeneratedClientDriver(String base, String token) {
        client = new ApiClient();
        client.updateBaseUri(base);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
    }

    @Override
    public List<Result> submitContent(List<Post> posts) {
        ContentBatch batch = new ContentBatch();
        posts.forEach(p -> batch.addItemsItem(item(p)));
        return call(() -> new ContentApi(client).submitContent(batch)).getResults().stream()
                .map(GeneratedClientDriver::result).toList();
    }

    @Override
    public Result submitSignal(String signalId, String contentId, String kind, int count, java.time.Instant at) {
        SignalBatch batch = new SignalBatch().addSignalsItem(new Signal().id(signalId).contentId(contentId)
                .kind(SignalKind.fromValue(kind)).count(count).at(at.toString()));
        return result(call(() -> new SignalsApi(client).submitSignals(batch)).getResults().get(0));
    }

    @Override
    public List<Answer> distribution(List<String> ids) {
        return call(() -> new DistributionApi(client).distribution(new DistributionRequest().ids(ids))).getItems()
                .stream().map(a -> new Answer(a.getId(), a.getMultiplier(), a.getAdsAllowed(),
                        a.getLabels().stream().map(Label::getKind).toList())).toList();
    }

    @Override
    public String prepublishDecision(Post post) {
        return call(() -> new PrepublishApi(client).prepublishCheck(prepublishItem(post))).getDecision().getValue();
    }

    @Override
    public Refusal prepublishRefusal(Post post) {
        return refusal(() -> new PrepublishApi(client).prepublishCheck(prepublishItem(post)));
    }

    @Override
    public List<String> queue(int pageSize) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String from = cursor;
            QueuePage page = call(() -> new FactcheckApi(client).factCheckQueue(pageSize, from));
            page.getItems().stream().map(QueueEntry::getId).forEach(ids::add);
            cursor = page.getNextCursor();
        } while (cursor != null);
        return ids;
    }

    @Override
    public String claim(String itemId) {
        return call(() -> new FactcheckApi(client).claimQueueItem(itemId)).getClaimedBy();
    }

    @Override
    public Refusal claimRefusal(String itemId) {
        return refusal(() -> new FactcheckApi(client).claimQueueItem(itemId));
    }

    @Override
    public long rate(String itemId, String verdict, String claim, String articleUrl, String summary) {
        RatingBody body = new RatingBody().rating(Verdict.fromValue(verdict)).claim(claim).articleUrl(articleUrl)
                .summary(summary);
        return call(() -> new FactcheckApi(client).rateQueueItem(itemId, body)).getRatingId();
    }

    @Override
    public List<String> ratings(String itemId) {
        return call(() -> new ContentApi(client).getContent(itemId)).getRatings().stream()
                .map(RatingEntry::getRating).toList();
    }

    @Override
    public Refusal contentRefusal(String itemId) {
        return refusal(() -> new ContentApi(client).getContent(itemId));
    }

    private static ContentItem item(Post p) {
        return new ContentItem().id(p.id()).url(p.url()).text(p.text()).authorId(p.authorId())
                .authorKind(AuthorKind.PERSON).topics(List.of("politics")).region(p.region()).language("en")
                .postedAt(p.postedAt()).views(p.views()).shares(50L)
                .ad(false);
    }

    private static PrepublishItem prepublishItem(Post p) {
        return new PrepublishItem().id(p.id()).url(p.url()).text(p.text()).authorId(p.authorId())
                .authorKind(AuthorKind.PERSON).region(p.region()).language("en")
                .postedAt(p.postedAt()).views(p.views());
    }

    private static Result result(IntakeResult r) {
        return new Result(r.getId(), r.getStatus().getValue(),
                r.getErrors().stream().map(FieldError::getField).toList());
    }

    private interface Call<T> {
        T call() throws ApiException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (ApiException e) {
            throw new AssertionError("the API answered " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }

    /** The refusal a call met, its problem document read with the generated model. */
    private Refusal refusal(Call<?> call) {
        try {
            Object answer = call.call();
            throw new AssertionError("expected a refusal, got " + answer);
        } catch (ApiException e) {
            HttpHeaders headers = e.getResponseHeaders();
            String type = headers == null ? null : headers.firstValue("Content-Type").orElse(null);
            try {
                Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
                return new Refusal(e.getCode(), type, problem.getDetail(),
                        problem.getErrors().stream().map(FieldError::getField).toList());
            } catch (java.io.IOException unreadable) {
                throw new AssertionError("the refusal is not a problem document: " + e.getResponseBody(), unreadable);
            }
        }
    }
}
