package nl.kring.invitation.domain;

import java.util.UUID;

/** Who an invitation is for: a member of the family, or a person around it (a network member). */
public sealed interface Invitee {

    UUID id();

    /** A youth or parent/carer of the family. */
    record FamilyMemberInvitee(UUID id) implements Invitee {}

    /** A person around the family, such as a grandparent, usually taken from the network map. */
    record NetworkInvitee(UUID id) implements Invitee {}
}
