package nl.kring.family.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.family.FamilyAuditAction;
import nl.kring.identity.UnauthenticatedAccessListener;
import org.springframework.stereotype.Component;

/** Records attempts on a family file by someone who is not signed in (HTTP 401 or sign-in redirect). */
@Component
class FamilyRefusalAudit implements UnauthenticatedAccessListener {

    private static final Pattern FAMILY_PATH =
            Pattern.compile("^(?:/api/v1)?/(families|shared)/([0-9a-fA-F-]{36})(/[^?]*)?$");

    private final AuditLog audit;

    FamilyRefusalAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void refused(HttpServletRequest request) {
        var matcher = FAMILY_PATH.matcher(request.getRequestURI());
        if (!matcher.matches()) {
            return;
        }
        UUID familyId;
        try {
            familyId = UUID.fromString(matcher.group(2));
        } catch (IllegalArgumentException notAnId) {
            return;
        }
        var action = "shared".equals(matcher.group(1)) ? FamilyAuditAction.SHARED_READ
                : "/audit".equals(matcher.group(3)) ? FamilyAuditAction.FAMILY_AUDIT_READ : FamilyAuditAction.FAMILY_READ;
        audit.record(new AuditEntry(Optional.empty(), "", Optional.of(familyId), List.of(), action,
                Channel.of(request.getRequestURI()), Outcome.UNAUTHENTICATED));
    }
}
