package nl.kring.network.domain;

/**
 * When the map raises a signal. Every number is configuration (in the application:
 * {@code kring.network.signals.*}); the defaults below are starting points for discussion with
 * practitioners, not research findings.
 *
 * @param professionalShareOfInnerCircles share of professionals among the persons in the inner and
 *        middle circle from which {@link SignalCode#PROFESSIONALS_IN_INNER_CIRCLES} shows (default 0.5)
 * @param minProfessionalsInInnerCircles and at least this many professionals there (default 1)
 * @param overloadSupportTypes an informal supporter giving this many support types or more is
 *        possibly overloaded: {@link SignalCode#SUPPORTER_OVERLOAD} (default 4)
 * @param overloadAgreements an informal supporter with this many plan agreements or more is possibly
 *        overloaded (default 5)
 * @param minIsolatedMembers {@link SignalCode#ISOLATED_MEMBERS} shows from this many persons without
 *        ties to other network members (default 1) ...
 * @param minPersonsForIsolation ... in a network of at least this many persons (default 2)
 * @param minDecreaseOfSupportivePersons {@link SignalCode#SHRINKING_NETWORK} shows when this many
 *        fewer persons give support than in the previous version (default 1)
 * @param turning18WithinMonths {@link SignalCode#TURNING_18} shows when the centre turns 18 within
 *        this many months (default 12)
 */
public record SignalThresholds(
        double professionalShareOfInnerCircles,
        int minProfessionalsInInnerCircles,
        int overloadSupportTypes,
        int overloadAgreements,
        int minIsolatedMembers,
        int minPersonsForIsolation,
        int minDecreaseOfSupportivePersons,
        int turning18WithinMonths) {

    public static final SignalThresholds DEFAULTS = new SignalThresholds(0.5, 1, 4, 5, 1, 2, 1, 12);

    public SignalThresholds {
        if (!(professionalShareOfInnerCircles >= 0.0 && professionalShareOfInnerCircles <= 1.0)) {
            throw new IllegalArgumentException("professionalShareOfInnerCircles must be from 0 to 1");
        }
        atLeast(1, minProfessionalsInInnerCircles, "minProfessionalsInInnerCircles");
        atLeast(1, overloadSupportTypes, "overloadSupportTypes");
        atLeast(1, overloadAgreements, "overloadAgreements");
        atLeast(1, minIsolatedMembers, "minIsolatedMembers");
        atLeast(1, minPersonsForIsolation, "minPersonsForIsolation");
        atLeast(1, minDecreaseOfSupportivePersons, "minDecreaseOfSupportivePersons");
        atLeast(0, turning18WithinMonths, "turning18WithinMonths");
    }

    private static void atLeast(int minimum, int value, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
        }
    }
}
