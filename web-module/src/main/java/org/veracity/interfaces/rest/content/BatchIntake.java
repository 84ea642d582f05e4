package org.veracity.interfaces.rest.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.veracity.application.FieldProblem;
import org.veracity.application.IntakeResult;

/**
 * Converts a batch of transfer objects, answers the ones that cannot even be converted with a
 * rejection, hands the rest to the service, and puts every answer back in the order sent.
 */
public class BatchIntake<T, S> {

    private final List<T> items;
    private final BiFunction<T, List<FieldProblem>, S> convert;
    private final Function<T, String> idOf;

    public BatchIntake(List<T> items, BiFunction<T, List<FieldProblem>, S> convert, Function<T, String> idOf) {
        this.items = items;
        this.convert = convert;
        this.idOf = idOf;
    }

    public List<IntakeResult> submitWith(Function<List<S>, List<IntakeResult>> service) {
        if (items == null || items.isEmpty()) {
            return service.apply(items == null ? null : List.of());
        }
        IntakeResult[] answers = new IntakeResult[items.size()];
        List<S> convertible = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            List<FieldProblem> problems = new ArrayList<>();
            S converted = item == null ? null : convert.apply(item, problems);
            if (item == null) {
                answers[i] = IntakeResult.rejected(null, List.of(new FieldProblem("item", "must not be null")));
            } else if (!problems.isEmpty()) {
                answers[i] = IntakeResult.rejected(idOf.apply(item), problems);
            } else {
                convertible.add(converted);
                positions.add(i);
            }
        }
        if (!convertible.isEmpty()) {
            List<IntakeResult> served = service.apply(convertible);
            for (int k = 0; k < served.size(); k++) {
                answers[positions.get(k)] = served.get(k);
            }
        }
        return List.of(answers);
    }
}
