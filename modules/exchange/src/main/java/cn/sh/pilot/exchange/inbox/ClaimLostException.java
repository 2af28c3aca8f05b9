package cn.sh.pilot.exchange.inbox;

/**
 * The claim is no longer the package's current claim (another worker took it over after the
 * lease ran out, or finished it): the transaction must roll back, the other worker's result stands.
 */
public class ClaimLostException extends Exception {

    private static final long serialVersionUID = 1L;

    public ClaimLostException(Claim claim) {
        super("claim " + claim.token() + " on package " + claim.sha256() + " is no longer current");
    }
}
