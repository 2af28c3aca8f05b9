package cn.sh.pilot.exchange.inbox;

/** Stands for a process killed at a given point: thrown from a port, nothing after it runs. */
final class SimulatedCrash extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SimulatedCrash(String where) {
        super("simulated crash: " + where);
    }
}
