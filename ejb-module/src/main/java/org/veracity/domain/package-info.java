/**
 * The domain: entities, value objects, repository interfaces and domain exceptions, one
 * sub-package per area. Everything that decides lives here or in {@code application}; nothing
 * here knows about HTTP, JSF or batch. Names follow DESIGN.md's vocabulary.
 */
package org.veracity.domain;
