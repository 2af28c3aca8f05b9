package cn.sh.pilot.app.review;

import cn.sh.pilot.review.api.ProjectApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects every {@link ProjectApproved} the app fires, as the projects module would observe it. */
@ApplicationScoped
public class ApprovalsObserved {

    private final List<ProjectApproved> seen = new CopyOnWriteArrayList<>();

    void on(@Observes ProjectApproved event) {
        seen.add(event);
    }

    public List<ProjectApproved> seen() {
        return List.copyOf(seen);
    }
}
