package cn.sh.pilot.exchange.inbox;

/**
 * The ledger's answer to {@link PackageLedger#recordArrival(ArrivalNote)}.
 *
 * @param arrival the arrival as recorded
 * @param isNew   false when the same inbox file had been recorded before (a crash before it was removed)
 * @param state   the package's state right after recording
 */
public record RecordedArrival(Arrival arrival, boolean isNew, PackageState state) {
}
