package cn.sh.pilot.exchange.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger as a test keeps it: one lock stands for the database's row locks, so every method is
 * atomic, as its SQL counterpart is. {@link #complete} takes part in the {@link TestTransactions}.
 * Survives a "restart" by being handed to a fresh pipeline, like a database would.
 */
final class InMemoryLedger implements PackageLedger {

    private final TestTransactions transactions;
    private final Map<String, PackageRecord> packages = new LinkedHashMap<>();
    private final Map<String, List<Arrival>> arrivals = new HashMap<>();
    private final Map<String, String> batches = new HashMap<>();

    InMemoryLedger(TestTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized RecordedArrival recordArrival(ArrivalNote note) {
        List<Arrival> list = arrivals.computeIfAbsent(note.sha256(), k -> new ArrayList<>());
        if (note.source() != null) {
            for (Arrival a : list) {
                if (note.source().equals(a.source()) && !a.sourceRemoved()) {
                    return new RecordedArrival(a, false, packages.get(note.sha256()).state());
                }
            }
        }
        Arrival arrival = new Arrival(note.sha256(), list.size() + 1, note.account(), note.channel(), note.source(),
                note.receivedAt(), false, null, null);
        list.add(arrival);
        PackageRecord pkg = packages.get(note.sha256());
        if (pkg == null) {
            pkg = new PackageRecord(note.sha256(), note.size(), PackageState.RECEIVED, note.account(), note.channel(),
                    arrival.number(), note.receivedAt(), null, null);
        } else if (pkg.state() == PackageState.REFUSED) {
            pkg = new PackageRecord(pkg.sha256(), pkg.size(), PackageState.RECEIVED, note.account(), note.channel(),
                    arrival.number(), pkg.firstReceivedAt(), null, pkg.judgement());
        }
        packages.put(note.sha256(), pkg);
        return new RecordedArrival(arrival, true, pkg.state());
    }

    @Override
    public synchronized void sourceRemoved(String sha256, int arrival) {
        replace(sha256, arrival, a -> new Arrival(a.sha256(), a.number(), a.account(), a.channel(), a.source(),
                a.receivedAt(), true, a.receiptName(), a.receiptWrittenAt()));
    }

    @Override
    public synchronized List<Arrival> sourcesPending() {
        return arrivals.values().stream().flatMap(List::stream).filter(a -> a.source() != null && !a.sourceRemoved())
                .toList();
    }

    @Override
    public synchronized Optional<PackageRecord> find(String sha256) {
        return Optional.ofNullable(packages.get(sha256));
    }

    @Override
    public synchronized List<Arrival> arrivals(String sha256) {
        return List.copyOf(arrivals.getOrDefault(sha256, List.of()));
    }

    @Override
    public synchronized Optional<Claim> claim(String sha256, String instance, Instant at) {
        PackageRecord pkg = packages.get(sha256);
        if (pkg == null || pkg.state() != PackageState.RECEIVED) {
            return Optional.empty();
        }
        return Optional.of(take(pkg, instance, at));
    }

    @Override
    public synchronized Optional<Claim> reclaim(String sha256, String deadInstance, Instant staleBefore, String instance,
            Instant at) {
        PackageRecord pkg = packages.get(sha256);
        if (pkg == null || pkg.state() != PackageState.PROCESSING) {
            return Optional.empty();
        }
        Claim old = pkg.claim();
        if (!old.instance().equals(deadInstance) && !old.claimedAt().isBefore(staleBefore)) {
            return Optional.empty();
        }
        return Optional.of(take(pkg, instance, at));
    }

    private Claim take(PackageRecord pkg, String instance, Instant at) {
        Claim claim = new Claim(pkg.sha256(), UUID.randomUUID().toString(), instance, at);
        packages.put(pkg.sha256(), new PackageRecord(pkg.sha256(), pkg.size(), PackageState.PROCESSING, pkg.account(),
                pkg.channel(), pkg.decidingArrival(), pkg.firstReceivedAt(), claim, pkg.judgement()));
        return claim;
    }

    @Override
    public synchronized Optional<String> batchHolder(String batchId) {
        return Optional.ofNullable(batches.get(batchId));
    }

    @Override
    public synchronized void complete(Claim claim, Judgement judgement) throws ClaimLostException, BatchIdTakenException {
        PackageRecord pkg = packages.get(claim.sha256());
        if (pkg == null || pkg.state() != PackageState.PROCESSING || !pkg.claim().token().equals(claim.token())) {
            throw new ClaimLostException(claim);
        }
        String batchId = judgement.batchId();
        boolean binds = judgement.state() == PackageState.IMPORTED && batchId != null;
        if (binds) {
            String holder = batches.get(batchId);
            if (holder != null && !holder.equals(claim.sha256())) {
                throw new BatchIdTakenException(batchId, holder);
            }
            batches.put(batchId, claim.sha256());
        }
        packages.put(pkg.sha256(), new PackageRecord(pkg.sha256(), pkg.size(), judgement.state(), pkg.account(),
                pkg.channel(), pkg.decidingArrival(), pkg.firstReceivedAt(), null, judgement));
        transactions.atRollback(() -> {
            synchronized (this) {
                packages.put(pkg.sha256(), pkg);
                if (binds) {
                    batches.remove(batchId);
                }
            }
        });
    }

    @Override
    public synchronized List<String> unfinished() {
        return packages.values().stream().filter(p -> !p.state().finished()).map(PackageRecord::sha256).toList();
    }

    @Override
    public synchronized List<Arrival> receiptsOwed() {
        return arrivals.values().stream().flatMap(List::stream)
                .filter(a -> a.receiptOwed() && packages.get(a.sha256()).state().finished()).toList();
    }

    @Override
    public synchronized void receiptWritten(String sha256, int arrival, String receiptName, Instant at) {
        replace(sha256, arrival, a -> new Arrival(a.sha256(), a.number(), a.account(), a.channel(), a.source(),
                a.receivedAt(), a.sourceRemoved(), receiptName, at));
    }

    private void replace(String sha256, int number, java.util.function.UnaryOperator<Arrival> change) {
        List<Arrival> list = arrivals.get(sha256);
        list.set(number - 1, change.apply(list.get(number - 1)));
    }
}
