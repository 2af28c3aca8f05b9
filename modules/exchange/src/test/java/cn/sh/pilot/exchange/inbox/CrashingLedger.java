package cn.sh.pilot.exchange.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A ledger that "crashes" once at a chosen point: before a method (nothing recorded) or after it
 * (recorded, but the caller never learns). The real ledger underneath is what a restarted
 * instance finds in the database.
 */
final class CrashingLedger implements PackageLedger {

    /** Where to crash: a ledger method, before or after it runs. */
    record Point(String method, boolean after) {
        static Point before(String method) {
            return new Point(method, false);
        }

        static Point after(String method) {
            return new Point(method, true);
        }

        @Override
        public String toString() {
            return (after ? "after " : "before ") + method;
        }
    }

    private final PackageLedger real;
    private volatile Point armed;

    CrashingLedger(PackageLedger real, Point point) {
        this.real = real;
        this.armed = point;
    }

    boolean crashed() {
        return armed == null;
    }

    private <T> T at(String method, Supplier<T> call) {
        Point point = armed;
        if (point != null && point.method().equals(method) && !point.after()) {
            armed = null;
            throw new SimulatedCrash(point.toString());
        }
        T result = call.get();
        if (point != null && point.method().equals(method) && point.after()) {
            armed = null;
            throw new SimulatedCrash(point.toString());
        }
        return result;
    }

    @Override
    public RecordedArrival recordArrival(ArrivalNote note) {
        return at("recordArrival", () -> real.recordArrival(note));
    }

    @Override
    public void sourceRemoved(String sha256, int arrival) {
        at("sourceRemoved", () -> {
            real.sourceRemoved(sha256, arrival);
            return null;
        });
    }

    @Override
    public List<Arrival> sourcesPending() {
        return at("sourcesPending", real::sourcesPending);
    }

    @Override
    public Optional<PackageRecord> find(String sha256) {
        return at("find", () -> real.find(sha256));
    }

    @Override
    public List<Arrival> arrivals(String sha256) {
        return at("arrivals", () -> real.arrivals(sha256));
    }

    @Override
    public Optional<Claim> claim(String sha256, String instance, Instant at) {
        return at("claim", () -> real.claim(sha256, instance, at));
    }

    @Override
    public Optional<Claim> reclaim(String sha256, String deadInstance, Instant staleBefore, String instance, Instant at) {
        return at("reclaim", () -> real.reclaim(sha256, deadInstance, staleBefore, instance, at));
    }

    @Override
    public Optional<String> batchHolder(String batchId) {
        return at("batchHolder", () -> real.batchHolder(batchId));
    }

    @Override
    public void complete(Claim claim, Judgement judgement) throws ClaimLostException, BatchIdTakenException {
        Point point = armed;
        if (point != null && point.method().equals("complete") && !point.after()) {
            armed = null;
            throw new SimulatedCrash(point.toString());
        }
        real.complete(claim, judgement);
        if (point != null && point.method().equals("complete") && point.after()) {
            armed = null;
            throw new SimulatedCrash(point.toString() + " (inside the transaction: rolled back)");
        }
    }

    @Override
    public List<String> unfinished() {
        return at("unfinished", real::unfinished);
    }

    @Override
    public List<Arrival> receiptsOwed() {
        return at("receiptsOwed", real::receiptsOwed);
    }

    @Override
    public void receiptWritten(String sha256, int arrival, String receiptName, Instant at) {
        at("receiptWritten", () -> {
            real.receiptWritten(sha256, arrival, receiptName, at);
            return null;
        });
    }
}
