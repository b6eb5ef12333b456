package nl.kring.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.Coordinator;
import nl.kring.matching.MatchingRefusal;
import nl.kring.matching.Organisation;
import nl.kring.matching.Organisations;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organisations and their coordinators over the API, for administrators ({@code /api/v1/admin/**} requires the role). */
@RestController
@Tag(name = "Matching", description = "Volunteer programmes: optimal batch matching of requests and volunteers")
@SecurityRequirement(name = "bearer")
class OrganisationApiController {

    private final Organisations organisations;

    OrganisationApiController(Organisations organisations) {
        this.organisations = organisations;
    }

    record NewOrganisation(String name) {}

    record Created(UUID id) {}

    record CoordinatorChoice(UUID account) {}

    record OrganisationAnswer(UUID id, String name, List<Coordinator> coordinators, List<String> programmes) {}

    @GetMapping("/api/v1/admin/organisations")
    @Operation(summary = "All organisations (administrator)")
    List<Organisation> all(@AuthenticationPrincipal CurrentUser admin) {
        return organisations.all(admin);
    }

    @PostMapping("/api/v1/admin/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an organisation (administrator); 400 when the name is empty, too long or taken")
    Created create(@AuthenticationPrincipal CurrentUser admin, @RequestBody NewOrganisation body) {
        return new Created(organisations.create(admin, body.name()));
    }

    @GetMapping("/api/v1/admin/organisations/{id}")
    @Operation(summary = "An organisation with its coordinators and the names of its programmes (administrator)")
    OrganisationAnswer details(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
        var details = organisations.details(admin, id);
        return new OrganisationAnswer(id, details.organisation().name(), details.coordinators(), details.programmeNames());
    }

    @PostMapping("/api/v1/admin/organisations/{id}/coordinators")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Name a coordinator (an active account with the COORDINATOR role; 400 otherwise)")
    void addCoordinator(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @RequestBody CoordinatorChoice body) {
        if (body.account() == null) {
            throw new MatchingRefusal(400, "matching.organisation.error.notCoordinator", "account");
        }
        organisations.addCoordinator(admin, id, body.account());
    }

    @DeleteMapping("/api/v1/admin/organisations/{id}/coordinators/{account}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a coordinator from the organisation")
    void removeCoordinator(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @PathVariable UUID account) {
        organisations.removeCoordinator(admin, id, account);
    }
}
