package cn.sh.pilot.app.application;

import cn.sh.pilot.acceptance.domain.evaluation.CriteriaTable;
import cn.sh.pilot.contracts.error.RefusedException;

/** The call's acceptance criteria table with weights (reference data, {@code acceptance_criterion}). */
public interface AcceptanceCriteria {

    /** @throws RefusedException {@code criteria-table-invalid} when the call has none or a broken one */
    CriteriaTable ofCall(String callId) throws RefusedException;
}
