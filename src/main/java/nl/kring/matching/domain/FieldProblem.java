package nl.kring.matching.domain;

/** Bad input in one field: the field's name and the message key of what is wrong. */
public record FieldProblem(String field, String messageKey) {}
