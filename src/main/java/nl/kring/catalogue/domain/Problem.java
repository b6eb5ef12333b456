package nl.kring.catalogue.domain;

/** Something wrong with an entry or a submission: the field and the message key of the explanation. */
public record Problem(String field, String messageKey) {}
