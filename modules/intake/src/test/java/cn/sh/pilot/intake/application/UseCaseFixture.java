package cn.sh.pilot.intake.application;

import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.Budget;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import cn.sh.pilot.intake.fixtures.InMemoryApplications;
import cn.sh.pilot.intake.fixtures.InMemoryCalls;
import cn.sh.pilot.intake.fixtures.RecordingAuditTrail;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** What every use-case test needs, fresh per test: in-memory repositories, a recording audit trail, two actors. */
class UseCaseFixture {

    /** An operator of the Xuhui district bureau (310104), to which the fixture applications are addressed. */
    static final Actor XUHUI = new Actor("op-xuhui", "310104");
    /** An operator of the Minhang district bureau. */
    static final Actor MINHANG = new Actor("op-minhang", "310112");

    final InMemoryApplications applications = new InMemoryApplications();
    final InMemoryCalls calls = new InMemoryCalls(Calls.call2023());
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final Clock inTime = Applications.clockAt(Applications.IN_TIME);

    /** An eligible draft addressed to Xuhui, stored. */
    Application storedDraft() {
        Application draft = Applications.draft(Applications.applicant().withPostalCode("200030"), Applications.declarations(),
                Applications.keyProject().withGoals(List.of("制定地方标准1项"))
                        .withBudget(new Budget(new BigDecimal("100.00"), new BigDecimal("100.00"))));
        applications.save(draft);
        return draft;
    }
}
