package nl.kring.network;

import nl.kring.platform.web.HttpRefusal;

/**
 * A change was based on a revision that is no longer the current one: someone else changed the map
 * first. Nothing was saved; the person gets the current version to compare with their own change.
 */
public class MapEditConflict extends RuntimeException implements HttpRefusal {

    private final StoredVersion current;
    private final int basedOn;

    public MapEditConflict(StoredVersion current, int basedOn) {
        super("map changed since revision " + basedOn);
        this.current = current;
        this.basedOn = basedOn;
    }

    public StoredVersion current() {
        return current;
    }

    public int basedOn() {
        return basedOn;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String messageKey() {
        return "network.error.conflict";
    }
}
