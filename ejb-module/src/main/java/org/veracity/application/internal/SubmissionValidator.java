package org.veracity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.FieldProblem;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.content.PostTime;

/** Turns Bean Validation violations of one submission into field problems, so one bad item rejects only itself. */
@ApplicationScoped
class SubmissionValidator {

    @Inject
    ValidatorFactory validation;

    private Validator validator;

    /**
     * Submissions are records, never entities, so every property is validated without asking JPA whether it is
     * loaded: the container's resolver asked every persistence provider for every property, 2 % of intake's CPU
     * (issue 15).
     */
    @PostConstruct
    void plainRecords() {
        validator = validation.usingContext().traversableResolver(new Everything()).getValidator();
    }

    private static final class Everything implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }
    }

    /** How far an integrator's clock may run ahead of ours before a post "from the future" is an error. */
    @Inject
    @ConfigProperty(name = "veracity.intake.clock-skew")
    Duration clockSkew;

    <T extends Record> List<FieldProblem> problemsOf(T submission) {
        List<FieldProblem> problems = new ArrayList<>();
        validator.validate(submission).stream().map(SubmissionValidator::toProblem).forEach(problems::add);
        nulCharacters(submission).forEach(problems::add);
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
    }

    /** Each submission type's components, looked up once: the lookup copies them anew at every call (issue 15). */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** No database stores (or even compares) text holding a NUL character; no real post holds one. */
    private static List<FieldProblem> nulCharacters(Record submission) {
        List<FieldProblem> problems = new ArrayList<>();
        for (RecordComponent c : COMPONENTS.get(submission.getClass())) {
            Object value;
            try {
                value = c.getAccessor().invoke(submission);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
            boolean nul = value instanceof String text ? text.indexOf('\0') >= 0
                    : value instanceof List<?> list && list.stream().anyMatch(v -> v instanceof String t && t.indexOf('\0') >= 0);
            if (nul) {
                problems.add(new FieldProblem(c.getName(), "must not contain the NUL character"));
            }
        }
        return problems;
    }

    /** Everything wrong with one content item as intake and the pre-publication check see it (R1). */
    List<FieldProblem> problemsOf(ContentSubmission s, Instant now) {
        List<FieldProblem> problems = new ArrayList<>(problemsOf(s));
        PostTime.implausibility(s.postedAt(), now, clockSkew)
                .ifPresent(why -> problems.add(new FieldProblem("postedAt", why)));
        return problems;
    }

    private static FieldProblem toProblem(ConstraintViolation<?> v) {
        return new FieldProblem(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), v.getMessage());
    }
}
