package cn.sh.pilot.review.domain.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;

/**
 * Where a call's review work goes (§五(五)), given as data so a new call needs no release: the
 * domains with their contacts, the domain of each key direction group ({@code key_direction_group.domain_code}),
 * and the domain a general project of each pilot kind starts in until an operator reroutes it.
 */
public final class RoutingTable {

    private final CallId callId;
    private final Map<String, ReviewDomain> domains = new LinkedHashMap<>();
    private final Map<String, String> domainOfGroup;
    private final Map<String, String> domainOfPilotKind;

    public RoutingTable(CallId callId, List<ReviewDomain> domains, Map<String, String> domainOfGroup,
            Map<String, String> domainOfPilotKind) {
        this.callId = Objects.requireNonNull(callId, "callId");
        domains.forEach(domain -> this.domains.put(domain.code(), domain));
        this.domainOfGroup = Map.copyOf(domainOfGroup);
        this.domainOfPilotKind = Map.copyOf(domainOfPilotKind);
        for (String domain : this.domainOfGroup.values()) {
            requireKnown(domain);
        }
        for (String domain : this.domainOfPilotKind.values()) {
            requireKnown(domain);
        }
    }

    public CallId callId() {
        return callId;
    }

    public List<ReviewDomain> domains() {
        return List.copyOf(domains.values());
    }

    /** The domain that reviews a key project of {@code directionGroup}. */
    public ReviewDomain forDirectionGroup(String directionGroup) throws ReviewRefusedException {
        String code = domainOfGroup.get(directionGroup);
        if (code == null) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.ROUTING_UNKNOWN_DIRECTION_GROUP, String.valueOf(directionGroup)));
        }
        return domains.get(code);
    }

    /** The domain a general project of {@code pilotKind} starts in. */
    public ReviewDomain forGeneralProject(String pilotKind) throws ReviewRefusedException {
        String code = domainOfPilotKind.get(pilotKind);
        if (code == null) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.ROUTING_NO_DOMAIN_FOR_KIND, String.valueOf(pilotKind)));
        }
        return domains.get(code);
    }

    /** The domain of {@code code}, e.g. when an operator reroutes a general project. */
    public ReviewDomain domain(String code) throws ReviewRefusedException {
        ReviewDomain domain = domains.get(code);
        if (domain == null) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.ROUTING_UNKNOWN_DOMAIN, String.valueOf(code)));
        }
        return domain;
    }

    private void requireKnown(String domain) {
        if (!domains.containsKey(domain)) {
            throw new IllegalArgumentException("routing names domain " + domain + ", which call " + callId + " does not have");
        }
    }
}
