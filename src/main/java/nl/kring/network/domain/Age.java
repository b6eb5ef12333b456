package nl.kring.network.domain;

/** A person's age: in years when known, otherwise a band. */
public sealed interface Age {

    /** Oldest age in years that Kring accepts; anything above is a typing error. */
    int MAX_YEARS = 130;

    record Years(int years) implements Age {
        public Years {
            if (years < 0 || years > MAX_YEARS) {
                throw new IllegalArgumentException("age must be between 0 and " + MAX_YEARS + ": " + years);
            }
        }
    }

    record Band(AgeBand band) implements Age {
        public Band {
            if (band == null) {
                throw new IllegalArgumentException("age band is required");
            }
        }
    }

    static Age years(int years) {
        return new Years(years);
    }

    static Age band(AgeBand band) {
        return new Band(band);
    }
}
