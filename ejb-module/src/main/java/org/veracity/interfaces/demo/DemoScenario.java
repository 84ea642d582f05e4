package org.veracity.interfaces.demo;

import org.veracity.domain.access.Actor;

/**
 * A part of the demo run's data owned by one feature (break-glass measures, movements, …), loaded
 * after the demo users and content exist. Must be idempotent: the demo database survives restarts.
 */
public interface DemoScenario {

    void loadIfMissing(Actor loader);
}
