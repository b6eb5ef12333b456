package nl.kring.privacy;

import java.time.Period;
import nl.kring.consent.domain.RetentionPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a closed file is kept, {@code kring.retention.after-care}: an ISO-8601 period after care
 * ended, {@code P20Y} (20 years, the Jeugdwet's term) unless configured otherwise; an empty value counts
 * as unset. A value that is not a positive period stops Kring from starting: a wrong retention period
 * would destroy files too early or keep them too long.
 */
@ConfigurationProperties("kring.retention")
public record RetentionProperties(@DefaultValue("P20Y") Period afterCare) {

    public RetentionProperties {
        if (afterCare == null || afterCare.isZero() || afterCare.isNegative()) {
            throw new IllegalArgumentException("kring.retention.after-care must be a positive period such as P20Y (20 years), got "
                    + (afterCare == null ? "nothing" : afterCare));
        }
    }

    public RetentionPolicy policy() {
        return new RetentionPolicy(afterCare);
    }
}
