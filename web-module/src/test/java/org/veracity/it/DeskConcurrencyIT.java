package org.veracity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.veracity.it.support.DeskSession;
import org.veracity.it.support.VeracityIT;

/** Issue 9 defect 2: a logged-in desk user sees the pages of its role however many it opens at once. */
class DeskConcurrencyIT extends VeracityIT {

    private static final String PASSWORD = "a-long-demo-password";
    private static final int SESSIONS = 8;
    private static final int LOADS_PER_SESSION = 30;

    @Test
    void logged_in_admins_opening_many_desk_pages_in_parallel_never_get_a_403() throws Exception {
        List<DeskSession> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            String admin = "par-admin-" + UUID.randomUUID().toString().substring(0, 8);
            api.createUser(admin, PASSWORD, "ADMIN");
            DeskSession session = new DeskSession(api.base());
            assertEquals(302, session.login(admin, PASSWORD).status());
            assertEquals(200, session.get("/desk/index.xhtml").status(), "serially the queue opens");
            sessions.add(session);
        }

        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS * 4);
        try {
            List<Future<DeskSession.Page>> loads = new ArrayList<>();
            for (int round = 0; round < LOADS_PER_SESSION; round++) {
                for (DeskSession session : sessions) {
                    String page = round % 2 == 0 ? "/desk/index.xhtml" : "/desk/jobs.xhtml";
                    loads.add(pool.submit(() -> session.get(page)));
                }
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<DeskSession.Page> load : loads) {
                statuses.merge(load.get().status(), 1, Integer::sum);
            }
            assertEquals(Map.of(200, SESSIONS * LOADS_PER_SESSION), statuses,
                    "status codes of " + loads.size() + " parallel page loads by logged-in admins");
        } finally {
            pool.shutdownNow();
        }
    }
}
