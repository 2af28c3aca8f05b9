package cn.sh.pilot.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * The call (征集通知) this site is working on: new applications answer it and batches are built for it. Calls are
 * reference data (table {@code pilot_call}), so a new year's call needs no release: by default it is the newest call
 * already published on the site clock's day (Asia/Shanghai) — also after its deadline, when recommending is done —
 * and {@code PILOT_OPEN_CALL} (a call id such as {@code 2024-88}) names one explicitly.
 */
@ApplicationScoped
public class OpenCall {

    @Inject
    CallCatalogue calls;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "PILOT_OPEN_CALL")
    Optional<String> configured;

    /** @throws ChangeRefusedException {@code call-unknown} when the configured call is not in the reference data or none is published */
    public CallView current() {
        Optional<String> named = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (named.isPresent()) {
            return calls.byId(named.get()).orElseThrow(() -> new ChangeRefusedException("call-unknown"));
        }
        LocalDate today = LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        return calls.all().stream().filter(c -> !c.publishedOn().isAfter(today))
                .max(Comparator.comparing(CallView::publishedOn))
                .orElseThrow(() -> new ChangeRefusedException("call-unknown"));
    }

    public String id() {
        return current().id();
    }
}
