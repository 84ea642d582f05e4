package org.veracity.interfaces.rest.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.veracity.domain.access.Scope;

/** Marks a resource method that needs a bearer token carrying this scope (R24). Unmarked methods are public. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {
    Scope value();
}
