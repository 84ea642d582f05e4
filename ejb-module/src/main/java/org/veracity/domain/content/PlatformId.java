package org.veracity.domain.content;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The one rule for ids that come from outside (content and signal ids, the ids asked about, path
 * parameters): 1 to {@value #MAX_LENGTH} characters, a letter or digit first, then letters, digits and
 * {@code - . _ ~ : @ ! $ & ' ( ) * + , =} — characters a URL path segment carries as they are, so every
 * id Veracity accepts can be fetched back at {@code /api/v1/content/{id}}. No spaces, control characters,
 * backslashes, slashes, percent signs, quotes or angle brackets. {@code null} is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PlatformId.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlatformId {

    int MAX_LENGTH = 200;

    /** The pattern the rule above describes, as documented in docs/operations.md. */
    String PATTERN = "[A-Za-z0-9][A-Za-z0-9._~:@!$&'()*+,=-]{0,199}";

    String RULE = "must be 1 to 200 characters: a letter or digit, then letters, digits and - . _ ~ : @ ! $ & ' ( ) * + , =";

    String message() default RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlatformId, String> {

        /** The characters {@link #PATTERN} allows after the first, as a table: ids are checked 1,000 a request. */
        private static final boolean[] LATER = new boolean[128];

        static {
            for (char c : "._~:@!$&'()*+,=-".toCharArray()) {
                LATER[c] = true;
            }
            for (char c = '0'; c <= '9'; c++) {
                LATER[c] = true;
            }
            for (char c = 'A'; c <= 'Z'; c++) {
                LATER[c] = true;
                LATER[Character.toLowerCase(c)] = true;
            }
        }

        /** Whether {@code id} follows the rule ({@link #PATTERN}); an answer may repeat only such ids to the caller. */
        public static boolean accepts(String id) {
            if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || !Character.isLetterOrDigit(id.charAt(0))
                    || id.charAt(0) >= 128) {
                return false;
            }
            for (int i = 1; i < id.length(); i++) {
                char c = id.charAt(i);
                if (c >= 128 || !LATER[c]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || accepts(value);
        }
    }
}
