package nl.kring.intake;

import java.util.Optional;
import java.util.UUID;
import nl.kring.family.NewFileSource;
import nl.kring.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Opening a new family file from a support request: the form shows the question and takes the name they want to be called by. */
@Component
class IntakeFileSource implements NewFileSource {

    private final SupportRequests requests;

    IntakeFileSource(SupportRequests requests) {
        this.requests = requests;
    }

    /** The read is access-checked and audited by {@link SupportRequests#read}: 404 for anyone outside the team. */
    @Override
    public Optional<Prefill> prefill(CurrentUser user, UUID from) {
        var request = requests.read(user, from);
        return Optional.of(new Prefill(request.addressedAs().orElse(""), request.question().orElse("")));
    }
}
