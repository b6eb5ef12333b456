package nl.kring.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "The caller's own account")
@SecurityRequirement(name = "bearer")
class MeApiController {

    record Me(UUID accountId, String username, String displayName, List<String> roles, UUID teamId) {}

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who the token belongs to, with roles and team as they are now")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.accountId(), user.username(), user.displayName(),
                user.roles().stream().map(Enum::name).sorted().toList(), user.teamId().orElse(null));
    }
}
