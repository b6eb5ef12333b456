package nl.kring.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The configured OIDC identity providers (Spring Security client registrations), for pages that offer them. */
@Component
public class OidcProviders {

    /** One provider: its registration id (in {@code /oauth2/authorization/{id}}) and the name people know it by. */
    public record Provider(String id, String name) {}

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    OidcProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    public List<Provider> all() {
        var found = new ArrayList<Provider>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (var registration : all) {
                if (registration instanceof ClientRegistration r && r.getScopes().contains("openid")) {
                    found.add(new Provider(r.getRegistrationId(), r.getClientName()));
                }
            }
        }
        return List.copyOf(found);
    }

    public boolean has(String id) {
        return all().stream().anyMatch(p -> p.id().equals(id));
    }
}
